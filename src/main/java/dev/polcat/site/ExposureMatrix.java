package dev.polcat.site;

import dev.polcat.analyze.ExposureRow;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * What each host and workload accepts, as a matrix that stays readable at 20 environments: rows are
 * groups of endpoints whose exposure is identical, columns are services, and each cell lists the sources
 * that reach that service, each once. A source that a broader one in the same cell already covers is
 * left out ({@code anywhere} covers every network; a network covers the narrower networks and the
 * endpoints inside it), and endpoint sources are named by their group ({@code control-plane}), so that
 * the etcd servers, which each accept the other two, still form one row.
 */
final class ExposureMatrix {
    static final String ANYWHERE = "anywhere";

    /** A host or workload of the environment: its name, whether it is a workload, its group, its addresses. */
    record Endpoint(String name, boolean workload, String group, List<Cidr> ips) {}

    /**
     * One source in one cell. {@code label}: {@code anywhere}, a parameter, {@code set NAME}, or endpoint
     * groups; {@code details}: its CIDRs or member names; {@code rules}: what lets it in, each linking to
     * the rule (no link for Felix's failsafe ports).
     */
    record Source(String label, List<String> details, boolean anywhere, boolean endpoints, List<RuleLink> rules) {}

    /** A deciding rule: its name ({@code failsafe: ssh-from-management}) and link ("" for none); {@code by} in words. */
    record RuleLink(String text, String href, String by) {}

    record Group(String id, String label, boolean workloads, List<String> members, Map<String, List<Source>> cells) {}

    record Matrix(List<String> services, List<Group> groups) {
        boolean isEmpty() {
            return groups.isEmpty();
        }
    }

    private ExposureMatrix() {}

    /** {@code ruleHref}: (policy resource, rule path such as spec.ingress[0]) to the rule's link, "" for none. */
    static Matrix of(List<ExposureRow> rows, List<Endpoint> endpoints, BiFunction<String, String, String> ruleHref) {
        Map<String, Endpoint> byName = new LinkedHashMap<>();
        endpoints.forEach(e -> byName.put(e.name(), e));
        // services are hashed here and put in natural order once per endpoint: comparing them per row cost more
        Map<String, Map<String, List<Raw>>> perEndpoint = new HashMap<>();
        for (ExposureRow r : rows) {
            if (!byName.containsKey(r.host())) continue;
            perEndpoint
                    .computeIfAbsent(r.host(), k -> new HashMap<>())
                    .computeIfAbsent(r.service(), k -> new ArrayList<>())
                    .add(raw(r, byName, ruleHref));
        }
        // endpoints with the same kind and the same cells (after subsumption) share a row
        Map<String, List<Endpoint>> bySignature = new LinkedHashMap<>();
        Map<String, Map<String, List<Raw>>> cellsBySignature = new LinkedHashMap<>();
        TreeSet<String> services = new TreeSet<>(NaturalOrder.INSTANCE);
        for (Endpoint e : endpoints) {
            Map<String, List<Raw>> cells = perEndpoint.getOrDefault(e.name(), Map.of());
            Map<String, List<Raw>> kept = new TreeMap<>(NaturalOrder.INSTANCE);
            cells.forEach((svc, list) -> kept.put(svc, subsume(list)));
            if (kept.isEmpty()) continue;
            services.addAll(kept.keySet());
            String signature = e.workload() + "|" + signature(kept);
            bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(e);
            cellsBySignature.merge(signature, kept, ExposureMatrix::union);
        }
        List<Group> groups = new ArrayList<>();
        long hosts = endpoints.stream().filter(e -> !e.workload()).count();
        long workloads = endpoints.size() - hosts;
        Map<String, String> ruleNames = new HashMap<>(); // the same few rules decide most cells
        bySignature.forEach(
                (sig, members) -> groups.add(group(members, cellsBySignature.get(sig), hosts, workloads, ruleNames)));
        groups.sort(Comparator.comparing(Group::workloads).thenComparing(Group::label, NaturalOrder.INSTANCE));
        List<Group> numbered = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            numbered.add(new Group("exposure-" + (i + 1), g.label(), g.workloads(), g.members(), g.cells()));
        }
        return new Matrix(List.copyOf(services), numbered);
    }

    /** A source before merging: one CIDR (or one endpoint) with the rule that lets it in. */
    private record Raw(
            String label,
            String detail,
            List<IpNet> nets,
            boolean anywhere,
            boolean endpoint,
            boolean workload,
            String href,
            String by) {
        /**
         * Sources with the same key merge: "anywhere" is one source whichever rules (IPv4, IPv6) let it
         * in, a network is one source per name, and endpoints let in by the same rule are one source.
         */
        String key() {
            if (anywhere) return ANYWHERE;
            return endpoint ? "\u0001" + (workload ? "w" : "h") + href + "\u0000" + by : label;
        }
    }

    private static Raw raw(ExposureRow r, Map<String, Endpoint> byName, BiFunction<String, String, String> ruleHref) {
        String href = r.policy().isEmpty() ? "" : ruleHref.apply(r.policy(), r.rule());
        String by = r.allowedBy();
        if (r.fromEndpoint()) {
            Endpoint peer = byName.get(r.cidr());
            List<IpNet> nets = peer == null
                    ? List.of()
                    : peer.ips().stream().flatMap(ip -> ip.parsed().stream()).toList();
            String label = peer == null ? r.cidr() : peer.group();
            return new Raw(label, r.cidr(), nets, false, true, peer != null && peer.workload(), href, by);
        }
        Optional<IpNet> net = Optional.ofNullable(r.net());
        boolean anywhere =
                r.from().equals(ANYWHERE) || net.map(IpNet::isCatchAll).orElse(false);
        return new Raw(
                anywhere ? ANYWHERE : r.from(), r.cidr(), net.stream().toList(), anywhere, false, false, href, by);
    }

    /** Drops every source that a broader one of the same cell covers; keeps the rest in their order. */
    private static List<Raw> subsume(List<Raw> list) {
        boolean anywhere = list.stream().anyMatch(Raw::anywhere);
        List<Raw> out = new ArrayList<>();
        for (Raw r : list) {
            if (anywhere && !r.anywhere()) continue;
            if (!r.anywhere() && list.stream().anyMatch(o -> o != r && covers(o, r))) continue;
            out.add(r);
        }
        return out;
    }

    /** Whether network source {@code wide} contains every address of {@code narrow} (strictly broader, or an equal network listed first). */
    private static boolean covers(Raw wide, Raw narrow) {
        if (wide.endpoint()
                || wide.anywhere()
                || wide.nets().isEmpty()
                || narrow.nets().isEmpty()) return false;
        IpNet w = wide.nets().get(0);
        for (IpNet n : narrow.nets()) {
            if (n.version() != w.version() || !w.contains(n)) return false;
        }
        return narrow.endpoint()
                || !w.equals(narrow.nets().get(0))
                || wide.label().compareTo(narrow.label()) < 0;
    }

    /**
     * The cells as text: networks with their CIDRs, endpoints by group only (so each etcd server, which
     * accepts the other two, matches the others), whichever rule lets them in (per-server rules differ).
     */
    private static String signature(Map<String, List<Raw>> cells) {
        StringBuilder b = new StringBuilder();
        cells.forEach((svc, list) -> {
            b.append(svc).append('=');
            list.stream()
                    .map(r -> r.label() + (r.endpoint() ? "" : "\u0000" + r.detail()))
                    .distinct()
                    .sorted()
                    .forEach(k -> b.append(k).append(';'));
            b.append('\n');
        });
        return b.toString();
    }

    private static Map<String, List<Raw>> union(Map<String, List<Raw>> a, Map<String, List<Raw>> b) {
        Map<String, List<Raw>> out = new TreeMap<>(NaturalOrder.INSTANCE);
        a.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        b.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return out;
    }

    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
            "policy (\\S+)(?: \\(tier [^)]*\\))? (spec\\.\\w+\\[\\d+\\])(?: \\((.*)\\))? matched");

    /** {@code failsafe: ssh-in} from "policy failsafe spec.ingress[0] (ssh-in) matched Allow"; the text itself otherwise. */
    static String ruleName(String by) {
        java.util.regex.Matcher m = RULE.matcher(by);
        if (m.find()) return m.group(1) + ": " + (m.group(3) == null ? m.group(2) : m.group(3));
        if (by.contains("Felix failsafe")) return "Felix failsafe port";
        if (by.startsWith("by profile")) return "no policy: the namespace allows all";
        return by;
    }

    private static Group group(
            List<Endpoint> members,
            Map<String, List<Raw>> cells,
            long hostCount,
            long workloadCount,
            Map<String, String> ruleNames) {
        TreeSet<String> labels = new TreeSet<>(NaturalOrder.INSTANCE);
        members.forEach(m -> labels.add(m.group()));
        Map<String, List<Source>> out = new LinkedHashMap<>();
        cells.forEach((svc, raws) -> out.put(svc, merge(raws, hostCount, workloadCount, ruleNames)));
        List<String> names = members.stream()
                .map(Endpoint::name)
                .sorted(NaturalOrder.INSTANCE)
                .toList();
        return new Group("", String.join(", ", labels), members.get(0).workload(), names, out);
    }

    /** Sources with the same key become one, listing their CIDRs or members and every rule: "anywhere" once. */
    private static List<Source> merge(
            List<Raw> raws, long hostCount, long workloadCount, Map<String, String> ruleNames) {
        Map<String, List<Raw>> byKey = new LinkedHashMap<>();
        for (Raw r : raws)
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        List<Source> out = new ArrayList<>();
        byKey.values().forEach(list -> {
            Raw first = list.get(0);
            TreeSet<String> details = new TreeSet<>(NaturalOrder.INSTANCE);
            TreeSet<String> labels = new TreeSet<>(NaturalOrder.INSTANCE);
            Map<String, RuleLink> rules = new TreeMap<>(NaturalOrder.INSTANCE);
            for (Raw r : list) {
                details.add(r.detail());
                labels.add(r.label());
                RuleLink link =
                        new RuleLink(ruleNames.computeIfAbsent(r.by(), ExposureMatrix::ruleName), r.href(), r.by());
                rules.putIfAbsent(link.text() + "\u0000" + link.href(), link);
            }
            long all = first.workload() ? workloadCount : hostCount;
            String label = first.endpoint() && details.size() == all && all > 1
                    ? (first.workload() ? "every workload" : "every host")
                    : labels.size() <= 3
                            ? String.join(", ", labels)
                            : labels.size() + (first.workload() ? " workload groups" : " host groups");
            out.add(new Source(
                    label, List.copyOf(details), first.anywhere(), first.endpoint(), List.copyOf(rules.values())));
        });
        out.sort(Comparator.comparing((Source s) -> !s.anywhere())
                .thenComparing(Source::endpoints)
                .thenComparing(Source::label, NaturalOrder.INSTANCE));
        return out;
    }
}
