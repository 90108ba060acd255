package dev.polcat.site;

/**
 * Permalink ids of rules on a policy page, the same in every environment and every build: {@code rule-}
 * and the rule's name, with {@code [a-z0-9.:-]} kept (so {@code etcd-10.30.1.11} and
 * {@code etcd-fd00:30::11} stay readable) and any other character written {@code _hex_}, which keeps the
 * encoding reversible and two names from sharing an id. An unnamed rule is known by its direction and
 * position: {@code rule-ingress-0}.
 */
final class RuleIds {
    private RuleIds() {}

    static String of(String name, String direction, int index) {
        if (name.isEmpty()) return "rule-" + direction + "-" + index;
        StringBuilder b = new StringBuilder("rule-");
        name.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':') b.appendCodePoint(c);
            else b.append('_').append(Integer.toHexString(c)).append('_');
        });
        return b.toString();
    }
}
