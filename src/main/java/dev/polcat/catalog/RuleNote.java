package dev.polcat.catalog;

/**
 * The author's note for the rules whose name matches {@code pattern}: an exact rule name, or a prefix
 * ending in {@code *} for rules generated in a loop ({@code etcd-*}).
 */
public record RuleNote(String pattern, String note) {
    public boolean matches(String ruleName) {
        if (pattern.endsWith("*")) return ruleName.startsWith(pattern.substring(0, pattern.length() - 1));
        return pattern.equals(ruleName);
    }
}
