package dev.polcat.site;

import dev.polcat.analyze.ExposureGrant;
import dev.polcat.analyze.ExposureGrants;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.Arrays;
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
        return new Builder(endpoints, ruleHref).build(ExposureGrants.of(grants));
    }

    /**
     * A source before merging: a network, one CIDR ({@code peers} null), or endpoints of one kind by index
     * ({@code peers}), with the rule that lets it in. Sources with the same {@code key} merge: "anywhere" is
     * one source whichever rules (IPv4, IPv6) let it in, a network is one source per name, and endpoints let in
     * by the same rule are one source. {@code id} numbers it within one matrix: cells are compared by the
     * sources they hold, and the same source is the same object.
     */
    private record Raw(
            int id,
            String label,
            String detail,
            List<IpNet> nets,
            boolean anywhere,
            boolean workload,
            String href,
            String by,
            BitSet peers,
            String key) {
        boolean endpoint() {
            return peers != null;
        }
    }

    /** A cell's sources by number, in order: the key under which its subsumed or merged form is made once. */
    private record Ids(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Ids other && Arrays.equals(ids, other.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }

        static Ids of(List<Raw> raws) {
            int[] ids = new int[raws.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = raws.get(i).id();
            return new Ids(ids);
        }
    }

    /**
     * The report's services in natural order and its grants by service: service {@code s}'s grants, in the
     * report's order, are {@code order[start[s]]} up to {@code order[start[s + 1]]}. Services are sorted once as
     * distinct values: comparing them per grant cost more than the rest of the matrix.
     */
    private record ByService(List<String> services, int[] start, int[] order) {
        static ByService of(ExposureGrants grants) {
            List<String> distinct = grants.services();
            Integer[] sorted = new Integer[distinct.size()];
            for (int i = 0; i < sorted.length; i++) sorted[i] = i;
            Arrays.sort(sorted, Comparator.comparing(distinct::get, NaturalOrder.INSTANCE));
            List<String> services = new ArrayList<>(sorted.length);
            int[] rank = new int[sorted.length];
            for (int r = 0; r < sorted.length; r++) {
                services.add(distinct.get(sorted[r]));
                rank[sorted[r]] = r;
            }
            int[] start = new int[services.size() + 1];
            for (int i = 0; i < grants.size(); i++) start[rank[grants.serviceOf(i)] + 1]++;
            for (int s = 0; s < services.size(); s++) start[s + 1] += start[s];
            int[] order = new int[grants.size()];
            int[] next = Arrays.copyOf(start, services.size());
            for (int i = 0; i < grants.size(); i++) order[next[rank[grants.serviceOf(i)]]++] = i;
            return new ByService(List.copyOf(services), start, order);
        }
    }

    /** A cell after subsumption, and its part of its endpoint's signature. */
    private record Cell(List<Raw> raws, String sign) {}

    /**
     * One environment's matrix: its endpoints by index, each source made once per (source, rule) of the
     * report, each distinct cell subsumed and each distinct group cell merged once. Most cells repeat: every
     * endpoint a rule opens to a network has that one source in its cell for that service.
     */
    private static final class Builder {
        /** An endpoint's own source taken out of a grant from endpoints, when no other endpoint is left. */
        private static final Raw NONE_LEFT = new Raw(-1, "", "", List.of(), false, false, "", "", new BitSet(), "");

        private final List<Endpoint> endpoints;
        private final BiFunction<String, String, String> ruleHref;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<List<IpNet>> nets = new ArrayList<>();
        private final Map<String, String> hrefs = new HashMap<>();
        private final Map<IpNet, BitSet> inside = new HashMap<>();
        private final Map<String, String> ruleNames = new HashMap<>(); // the same few rules decide most cells
        private final Map<Long, Raw> bySourceAndRule = new HashMap<>();
        private final Map<Long, Raw> withoutSelf = new HashMap<>();
        private final Map<Ids, Cell> subsumed = new HashMap<>();
        private final Map<Ids, List<Source>> merged = new HashMap<>();
        private final BitSet seen = new BitSet();
        private final long hosts;
        private final long workloads;
        private int nextId;

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
        Matrix build(ExposureGrants grants) {
            ByService byService = ByService.of(grants);
            List<String> services = byService.services();
            int[] start = byService.start();
            int[] order = byService.order();
            int[][] hostIndexes = new int[grants.hostLists().size()][];
            for (int h = 0; h < hostIndexes.length; h++)
                hostIndexes[h] = grants.hostLists().get(h).stream()
                        .map(index::get)
                        .filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .toArray();
            // endpoints with the same kind and the same cells (after subsumption) share a row
            StringBuilder[] signatures = new StringBuilder[endpoints.size()];
            boolean[] shown = new boolean[services.size()];
            for (int svc = 0; svc < services.size(); svc++) {
                List<Raw>[] cells = cells(grants, order, start[svc], start[svc + 1], hostIndexes);
                for (int e = 0; e < cells.length; e++) {
                    if (cells[e] == null) continue;
                    if (signatures[e] == null) signatures[e] = new StringBuilder();
                    signatures[e]
                            .append(services.get(svc))
                            .append('=')
                            .append(subsumed(cells[e]).sign())
                            .append('\n');
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
                List<Raw>[] cells = cells(grants, order, start[svc], start[svc + 1], hostIndexes);
                for (int g = 0; g < members.size(); g++) {
                    // a group's cell: its members' cells one after another, each source once (its members
                    // mostly hold the same sources, and merging a source again adds nothing)
                    List<Raw> union = new ArrayList<>();
                    boolean any = false; // a member with a cell, even one that subsumption emptied
                    for (int e : members.get(g)) {
                        if (cells[e] == null) continue;
                        any = true;
                        for (Raw r : subsumed(cells[e]).raws()) {
                            if (seen.get(r.id())) continue;
                            seen.set(r.id());
                            union.add(r);
                        }
                    }
                    union.forEach(r -> seen.clear(r.id()));
                    if (any)
                        groupCells
                                .get(g)
                                .put(services.get(svc), merged.computeIfAbsent(Ids.of(union), k -> merge(union)));
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

        /**
         * One service's cells (its grants are {@code order[from]} to {@code order[to]}): the sources that reach
         * it on each endpoint, by endpoint index, in grant order; null where none does.
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private List<Raw>[] cells(ExposureGrants grants, int[] order, int from, int to, int[][] hostIndexes) {
            List<Raw>[] cells = new List[endpoints.size()];
            for (int k = from; k < to; k++) {
                int i = order[k];
                Raw raw = bySourceAndRule.computeIfAbsent(grants.sourceAndRuleOf(i), x -> raw(grants.get(i)));
                for (int e : hostIndexes[grants.hostsOf(i)]) {
                    Raw own = raw.endpoint() && raw.peers().get(e) ? withoutSelf(raw, e) : raw;
                    if (own == NONE_LEFT) continue; // never its own source
                    if (cells[e] == null) cells[e] = new ArrayList<>(2);
                    cells[e].add(own);
                }
            }
            return cells;
        }

        private Raw withoutSelf(Raw raw, int e) {
            return withoutSelf.computeIfAbsent(((long) raw.id() << 32) | e, k -> {
                BitSet others = (BitSet) raw.peers().clone();
                others.clear(e);
                return others.isEmpty() ? NONE_LEFT : withPeers(raw, others);
            });
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
                String key = "\u0001" + (workload ? "w" : "h") + href + "\u0000" + by;
                return new Raw(nextId++, "", "", List.of(), false, workload, href, by, peers, key);
            }
            Optional<IpNet> net = Optional.ofNullable(g.net());
            boolean anywhere =
                    g.from().equals(ANYWHERE) || net.map(IpNet::isCatchAll).orElse(false);
            String label = anywhere ? ANYWHERE : g.from();
            return new Raw(nextId++, label, g.cidr(), net.stream().toList(), anywhere, false, href, by, null, label);
        }

        private Raw withPeers(Raw r, BitSet fewer) {
            return new Raw(
                    nextId++,
                    r.label(),
                    r.detail(),
                    r.nets(),
                    r.anywhere(),
                    r.workload(),
                    r.href(),
                    r.by(),
                    fewer,
                    r.key());
        }

        /** A cell subsumed, with its signature, made once per distinct cell. */
        private Cell subsumed(List<Raw> cell) {
            return subsumed.computeIfAbsent(Ids.of(cell), k -> {
                List<Raw> raws = subsume(cell);
                return new Cell(raws, sign(raws));
            });
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
                    if (!left.isEmpty()) out.add(left == r.peers() ? r : withPeers(r, left));
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
         * A cell as text, for its endpoint's signature: networks with their CIDRs, endpoints by group only (so
         * each etcd server, which accepts the other two, matches the others), whichever rule lets them in
         * (per-server rules differ).
         */
        private String sign(List<Raw> cell) {
            TreeSet<String> keys = new TreeSet<>();
            for (Raw r : cell) {
                if (r.endpoint())
                    r.peers().stream().forEach(i -> keys.add(endpoints.get(i).group()));
                else keys.add(r.label() + "\u0000" + r.detail());
            }
            StringBuilder b = new StringBuilder();
            keys.forEach(k -> b.append(k).append(';'));
            return b.toString();
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
