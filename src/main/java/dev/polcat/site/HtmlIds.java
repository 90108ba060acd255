package dev.polcat.site;

/**
 * HTML ids made from names, unique by construction: {@code [a-z0-9-]} stay as they are and every other
 * character becomes {@code _hex_}, so the encoding is reversible and two different names can never share
 * an id ({@code Web}, {@code web} and {@code web_} used to all become {@code tag-web}, and index links
 * landed on the wrong group). Plain lowercase names keep their readable ids.
 */
final class HtmlIds {
    private HtmlIds() {}

    /** {@code prefix-} followed by the encoded name. */
    static String of(String prefix, String name) {
        StringBuilder b = new StringBuilder(prefix).append('-');
        name.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') b.appendCodePoint(c);
            else b.append('_').append(Integer.toHexString(c)).append('_');
        });
        return b.toString();
    }
}
