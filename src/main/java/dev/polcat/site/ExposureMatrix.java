package dev.polcat.site;

import dev.polcat.analyze.ExposureGrant;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    static Matrix of(
            List<ExposureGrant> grants, List<Endpoint> endpoints, BiFunction<String, String, String> ruleHref) {
        return new Builder(endpoints, ruleHref).build(grants);
    }

    /**
     * A source before merging: a network, one CIDR ({@code peers} null), or endpoints of one kind by index
     * ({@code peers}), with the rule that lets it in. Sources with the same {@code key} merge: "anywhere" is
     * one source whichever rules (IPv4, IPv6) let it in, a network is one source per name, and endpoints let in
     * by the same rule are one source.
     */
    private record Raw(
            String label,
            String detail,
            List<IpNet> nets,
            boolean anywhere,
            boolean workload,
            String href,
            String by,
            BitSet peers,
            String key) {
        static Raw network(String label, String detail, List<IpNet> nets, boolean anywhere, String href, String by) {
            return new Raw(label, detail, nets, anywhere, false, href, by, null, anywhere ? ANYWHERE : label);
        }

        static Raw peers(BitSet peers, boolean workload, String href, String by) {
            String key = "\u0001" + (workload ? "w" : "h") + href + "\u0000" + by;
            return new Raw("", "", List.of(), false, workload, href, by, peers, key);
        }

        boolean endpoint() {
            return peers != null;
        }

        Raw withPeers(BitSet fewer) {
            return new Raw(label, detail, nets, anywhere, workload, href, by, fewer, key);
        }
    }

    /** One environment's matrix: its endpoints by index, each grant's sources made once for all its hosts. */
    private static final class Builder {
        private final List<Endpoint> endpoints;
        private final BiFunction<String, String, String> ruleHref;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<List<IpNet>> nets = new ArrayList<>();
        private final Map<String, String> hrefs = new HashMap<>();
        private final Map<IpNet, BitSet> inside = new HashMap<>();
        private final Map<String, String> ruleNames = new HashMap<>(); // the same few rules decide most cells
        private final long hosts;
        private final long workloads;

        Builder(List<Endpoint> endpoints, BiFunction<String, String, String> ruleHref) {
            this.endpoints = endpoints;
            this.ruleHref = ruleHref;
            for (int i = 0; i < endpoints.size(); i++) {
                index.putIfAbsent(endpoints.get(i).name(), i);
                nets.add(endpoints.get(i).ips().stream()
                        .flatMap(ip -> ip.parsed().stream())
                        .toList());
            }
            this.hosts = endpoints.stream().filter(e -> !e.workload()).count();
            this.workloads = endpoints.size() - hosts;
        }

        /**
         * Two passes over the services, each holding one service's cells at a time: the first gives each
         * endpoint its signature (its cells as text), which groups them; the second merges each group's cells.
         * Holding every endpoint's cells at once took 100 MB per page at 2,000 policies (13,000 services).
         */
        Matrix build(List<ExposureGrant> grants) {
            // services are put in natural order once: comparing them per endpoint and cell cost more than the rest
            TreeSet<String> named = new TreeSet<>(NaturalOrder.INSTANCE);
            grants.forEach(g -> named.add(g.service()));
            List<String> services = List.copyOf(named);
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < services.size(); i++) rank.put(services.get(i), i);
            List<List<ExposureGrant>> byService = new ArrayList<>();
            services.forEach(svc -> byService.add(new ArrayList<>()));
            grants.forEach(g -> byService.get(rank.get(g.service())).add(g));
            // endpoints with the same kind and the same cells (after subsumption) share a row
            StringBuilder[] signatures = new StringBuilder[endpoints.size()];
            boolean[] shown = new boolean[services.size()];
            for (int svc = 0; svc < services.size(); svc++) {
                Map<Integer, List<Raw>> cells = cells(byService.get(svc));
                for (var cell : cells.entrySet()) {
                    int e = cell.getKey();
                    if (signatures[e] == null) signatures[e] = new StringBuilder();
                    sign(signatures[e], services.get(svc), subsume(cell.getValue()));
                    shown[svc] = true;
                }
            }
            Map<String, List<Integer>> bySignature = new LinkedHashMap<>();
            for (int e = 0; e < endpoints.size(); e++) {
                if (signatures[e] == null) continue;
                String signature = endpoints.get(e).workload() + "|" + signatures[e];
                signatures[e] = null;
                bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(e);
            }
            List<List<Integer>> members = List.copyOf(bySignature.values());
            List<Map<String, List<Source>>> groupCells = new ArrayList<>();
            members.forEach(m -> groupCells.add(new LinkedHashMap<>()));
            for (int svc = 0; svc < services.size(); svc++) {
                if (!shown[svc]) continue;
                Map<Integer, List<Raw>> cells = cells(byService.get(svc));
                for (int g = 0; g < members.size(); g++) {
                    List<Raw> union = null; // a group's cell: its members' cells one after another
                    for (int e : members.get(g)) {
                        List<Raw> cell = cells.get(e);
                        if (cell == null) continue;
                        if (union == null) union = new ArrayList<>();
                        union.addAll(subsume(cell));
                    }
                    if (union != null) groupCells.get(g).put(services.get(svc), merge(union));
                }
            }
            List<String> columns = new ArrayList<>();
            for (int svc = 0; svc < services.size(); svc++) if (shown[svc]) columns.add(services.get(svc));
            List<Group> groups = new ArrayList<>();
            for (int g = 0; g < members.size(); g++) groups.add(group(members.get(g), groupCells.get(g)));
            groups.sort(Comparator.comparing(Group::workloads).thenComparing(Group::label, NaturalOrder.INSTANCE));
            List<Group> numbered = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                numbered.add(new Group("exposure-" + (i + 1), g.label(), g.workloads(), g.members(), g.cells()));
            }
            return new Matrix(List.copyOf(columns), numbered);
        }

        /** One service's cells: the sources that reach it on each endpoint, by endpoint index, in grant order. */
        private Map<Integer, List<Raw>> cells(List<ExposureGrant> grants) {
            Map<Integer, List<Raw>> cells = new HashMap<>();
            for (ExposureGrant g : grants) {
                Raw raw = raw(g);
                for (String host : g.hosts()) {
                    Integer e = index.get(host);
                    if (e == null) continue;
                    Raw own = raw;
                    if (raw.endpoint() && raw.peers().get(e)) { // never its own source
                        BitSet others = (BitSet) raw.peers().clone();
                        others.clear(e);
                        if (others.isEmpty()) continue;
                        own = raw.withPeers(others);
                    }
                    cells.computeIfAbsent(e, k -> new ArrayList<>()).add(own);
                }
            }
            return cells;
        }

        /** The source of one grant: its network, or its peers (those of the environment). */
        private Raw raw(ExposureGrant g) {
            String href = g.policy().isEmpty()
                    ? ""
                    : hrefs.computeIfAbsent(
                            g.policy() + "\u0000" + g.rule(), k -> ruleHref.apply(g.policy(), g.rule()));
            String by = g.allowedBy();
            if (g.fromEndpoints()) {
                BitSet peers = new BitSet();
                boolean workload = false;
                for (String name : g.peers()) {
                    Integer i = index.get(name);
                    if (i == null) continue;
                    peers.set(i);
                    workload = endpoints.get(i).workload();
                }
                return Raw.peers(peers, workload, href, by);
            }
            Optional<IpNet> net = Optional.ofNullable(g.net());
            boolean anywhere =
                    g.from().equals(ANYWHERE) || net.map(IpNet::isCatchAll).orElse(false);
            return Raw.network(
                    anywhere ? ANYWHERE : g.from(), g.cidr(), net.stream().toList(), anywhere, href, by);
        }

        /**
         * Drops every source that a broader one of the same cell covers, and the peers a network of the cell
         * holds; keeps the rest in their order.
         */
        private List<Raw> subsume(List<Raw> list) {
            boolean anywhere = false;
            List<Raw> networks = new ArrayList<>(); // only a network covers another source
            for (Raw r : list) {
                anywhere |= r.anywhere();
                if (!r.endpoint() && !r.anywhere() && !r.nets().isEmpty()) networks.add(r);
            }
            List<Raw> out = new ArrayList<>();
            for (Raw r : list) {
                if (anywhere && !r.anywhere()) continue;
                if (r.endpoint()) {
                    BitSet left = r.peers();
                    for (Raw n : networks) {
                        BitSet in = inside(n.nets().get(0));
                        if (!left.intersects(in)) continue;
                        if (left == r.peers()) left = (BitSet) left.clone();
                        left.andNot(in);
                    }
                    if (!left.isEmpty()) out.add(left == r.peers() ? r : r.withPeers(left));
                    continue;
                }
                if (!r.anywhere() && networks.stream().anyMatch(o -> o != r && covers(o, r))) continue;
                out.add(r);
            }
            return out;
        }

        /** The endpoints every address of which {@code net} holds (an endpoint without addresses is in none). */
        private BitSet inside(IpNet net) {
            return this.inside.computeIfAbsent(net, w -> {
                BitSet out = new BitSet();
                for (int i = 0; i < nets.size(); i++) {
                    List<IpNet> own = nets.get(i);
                    if (!own.isEmpty() && own.stream().allMatch(n -> n.version() == w.version() && w.contains(n)))
                        out.set(i);
                }
                return out;
            });
        }

        /**
         * A cell as text, added to its endpoint's signature: networks with their CIDRs, endpoints by group only
         * (so each etcd server, which accepts the other two, matches the others), whichever rule lets them in
         * (per-server rules differ).
         */
        private void sign(StringBuilder b, String service, List<Raw> cell) {
            b.append(service).append('=');
            TreeSet<String> keys = new TreeSet<>();
            for (Raw r : cell) {
                if (r.endpoint())
                    r.peers().stream().forEach(i -> keys.add(endpoints.get(i).group()));
                else keys.add(r.label() + "\u0000" + r.detail());
            }
            keys.forEach(k -> b.append(k).append(';'));
            b.append('\n');
        }

        private Group group(List<Integer> members, Map<String, List<Source>> cells) {
            TreeSet<String> labels = new TreeSet<>(NaturalOrder.INSTANCE);
            members.forEach(m -> labels.add(endpoints.get(m).group()));
            List<String> names = members.stream()
                    .map(m -> endpoints.get(m).name())
                    .sorted(NaturalOrder.INSTANCE)
                    .toList();
            return new Group(
                    "", String.join(", ", labels), endpoints.get(members.get(0)).workload(), names, cells);
        }

        /** Sources with the same key become one, listing their CIDRs or members and every rule: "anywhere" once. */
        private List<Source> merge(List<Raw> raws) {
            Map<String, List<Raw>> byKey = new LinkedHashMap<>();
            for (Raw r : raws)
                byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            List<Source> out = new ArrayList<>();
            byKey.values().forEach(list -> {
                Raw first = list.get(0);
                // a group's cell repeats each peer once per member: gathered unsorted, sorted once
                Set<String> seenDetails = new HashSet<>();
                Set<String> seenLabels = new HashSet<>();
                Map<String, RuleLink> seenRules = new LinkedHashMap<>();
                for (Raw r : list) {
                    if (r.endpoint()) {
                        r.peers().stream().forEach(i -> {
                            seenDetails.add(endpoints.get(i).name());
                            seenLabels.add(endpoints.get(i).group());
                        });
                    } else {
                        seenDetails.add(r.detail());
                        seenLabels.add(r.label());
                    }
                    seenRules.computeIfAbsent(
                            r.href() + "\u0000" + r.by(),
                            k -> new RuleLink(
                                    ruleNames.computeIfAbsent(r.by(), ExposureMatrix::ruleName), r.href(), r.by()));
                }
                TreeSet<String> details = new TreeSet<>(NaturalOrder.INSTANCE);
                details.addAll(seenDetails);
                TreeSet<String> labels = new TreeSet<>(NaturalOrder.INSTANCE);
                labels.addAll(seenLabels);
                Map<String, RuleLink> rules = new TreeMap<>(NaturalOrder.INSTANCE);
                for (RuleLink link : seenRules.values()) rules.putIfAbsent(link.text() + "\u0000" + link.href(), link);
                long all = first.workload() ? workloads : hosts;
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

    /** Whether network source {@code wide} contains every address of network {@code narrow} (strictly broader, or an equal network listed first). */
    private static boolean covers(Raw wide, Raw narrow) {
        if (wide.nets().isEmpty() || narrow.nets().isEmpty()) return false;
        IpNet w = wide.nets().get(0);
        for (IpNet n : narrow.nets()) {
            if (n.version() != w.version() || !w.contains(n)) return false;
        }
        return !w.equals(narrow.nets().get(0)) || wide.label().compareTo(narrow.label()) < 0;
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
}
