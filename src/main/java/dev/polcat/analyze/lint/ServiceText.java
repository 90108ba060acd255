package dev.polcat.analyze.lint;

import dev.polcat.calico.Port;
import dev.polcat.calico.Rule;
import java.util.Locale;
import java.util.stream.Collectors;

/** A rule's protocol and destination ports in flow notation: {@code tcp/9100}, {@code tcp/80,443}, {@code icmp/8}, {@code any}. */
final class ServiceText {
    private ServiceText() {}

    static String of(Rule rule) {
        if (rule.protocol() == null) return "every protocol";
        String proto = rule.protocol().text().toLowerCase(Locale.ROOT);
        if (rule.protocol().isIcmp()) {
            return rule.icmp() != null && rule.icmp().type() != null
                    ? proto + "/" + rule.icmp().type()
                    : proto;
        }
        if (rule.destination().ports().isEmpty()) return proto + " (every port)";
        return proto + "/"
                + rule.destination().ports().stream().map(ServiceText::port).collect(Collectors.joining(","));
    }

    /** What to write in {@code public: ports:} to declare the rule's services. */
    static String example(Rule rule) {
        if (rule.protocol() == null) return "any";
        String proto = rule.protocol().text().toLowerCase(Locale.ROOT);
        if (rule.protocol().isIcmp() || rule.destination().ports().isEmpty()) {
            return rule.icmp() != null && rule.icmp().type() != null
                    ? proto + "/" + rule.icmp().type()
                    : proto;
        }
        return rule.destination().ports().stream()
                .map(p -> p.isNamed() ? proto : proto + "/" + p.min())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String port(Port p) {
        if (p.isNamed()) return p.name();
        return p.min() == p.max() ? Integer.toString(p.min()) : p.min() + "-" + p.max();
    }
}
