package dev.polcat.diag;

/**
 * The one HTML escaper for text polcat writes into HTML outside the templates (which escape with
 * FreeMarker's own): the error overlay of {@code serve} and the HTML summaries of the Markdown
 * reports. Escapes {@code & < > " '} so the result is safe in element
 * content and in quoted attribute values alike.
 */
public final class Html {
    private Html() {}

    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            String entity = entity(s.charAt(i));
            if (entity == null) {
                if (b != null) b.append(s.charAt(i));
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(entity);
        }
        return b == null ? s : b.toString();
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
