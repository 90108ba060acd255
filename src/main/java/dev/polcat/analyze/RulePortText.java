package dev.polcat.analyze;

import dev.polcat.calico.Port;
import java.util.ArrayList;
import java.util.List;

/**
 * Port lists in words. Numbers and ranges come first, in the order written, then named ports:
 * {@code port 22}, {@code ports 2379 and 2380}, {@code ports 80, 443 and 8080}, {@code ports 1000-2000},
 * {@code the named port http}, {@code ports 80 and 443, and the named port http}. Ranges use an ASCII
 * hyphen.
 */
final class RulePortText {
    private RulePortText() {}

    /** A whole list with its noun ({@code port} or {@code source port}). */
    static String list(List<Port> ports, String noun) {
        List<String> numbers = numbers(ports);
        List<String> names = names(ports);
        String numeric = "";
        if (!numbers.isEmpty()) {
            boolean one = numbers.size() == 1 && ports.stream().noneMatch(Port::isRange);
            numeric = (one ? noun : noun + "s") + " " + RuleWords.join(numbers, "and");
        }
        if (names.isEmpty()) return numeric;
        String named = "the named " + (names.size() == 1 ? noun : noun + "s") + " " + RuleWords.join(names, "and");
        if (numeric.isEmpty()) return named;
        return numeric + (numbers.size() > 1 ? ", and " : " and ") + named;
    }

    /** Each entry on its own, for exception lists: {@code 22}, {@code 1000-2000}, {@code the named port http}. */
    static List<String> items(List<Port> ports, String noun) {
        List<String> out = new ArrayList<>(numbers(ports));
        for (String name : names(ports)) out.add("the named " + noun + " " + name);
        return out;
    }

    private static List<String> numbers(List<Port> ports) {
        List<String> out = new ArrayList<>();
        for (Port p : ports) {
            if (!p.isNamed()) out.add(p.isRange() ? p.min() + "-" + p.max() : Integer.toString(p.min()));
        }
        return out;
    }

    private static List<String> names(List<Port> ports) {
        List<String> out = new ArrayList<>();
        for (Port p : ports) {
            if (p.isNamed()) out.add(RuleWords.plain(p.name()));
        }
        return out;
    }
}
