package dev.polcat.analyze;

import dev.polcat.net.IpNet;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An exposure report held compactly: each grant as four numbers (its hosts, service, source and rule), each
 * distinct value once. A build keeps every environment's report until the site is written, and at 2,000
 * policies × 20 environments that is 790,000 grants: as records they were the 40 MB that pushed the build
 * out of a 1 GiB heap. Reading it gives records, made as they are read; it cannot be changed.
 */
public final class ExposureGrants extends AbstractList<ExposureGrant> implements RandomAccess {
    /** Where a grant's flows come from: a network, or other endpoints. */
    private record Source(String from, String cidr, List<String> peers, IpNet net) {}

    /** What allows a grant's flows. */
    private record Rule(String allowedBy, String policy, String rule) {}

    private final List<List<String>> hosts;
    private final List<String> services;
    private final List<Source> sources;
    private final List<Rule> rules;
    private final int[] packed;

    private ExposureGrants(
            List<List<String>> hosts, List<String> services, List<Source> sources, List<Rule> rules, int[] packed) {
        this.hosts = hosts;
        this.services = services;
        this.sources = sources;
        this.rules = rules;
        this.packed = packed;
    }

    public static ExposureGrants of(List<ExposureGrant> grants) {
        if (grants instanceof ExposureGrants compact) return compact;
        Builder b = new Builder();
        grants.forEach(b::add);
        return b.build();
    }

    @Override
    public ExposureGrant get(int i) {
        int at = i * 4;
        if (i < 0 || at >= packed.length) throw new IndexOutOfBoundsException(i);
        Source s = sources.get(packed[at + 2]);
        Rule r = rules.get(packed[at + 3]);
        return new ExposureGrant(
                hosts.get(packed[at]),
                services.get(packed[at + 1]),
                s.from(),
                s.cidr(),
                s.peers(),
                r.allowedBy(),
                r.policy(),
                r.rule(),
                s.net());
    }

    @Override
    public int size() {
        return packed.length / 4;
    }

    /** The distinct lists of hosts, by number: {@link #hostsOf} gives a grant's. */
    public List<List<String>> hostLists() {
        return hosts;
    }

    /** The distinct services, by number: {@link #serviceOf} gives a grant's. */
    public List<String> services() {
        return services;
    }

    public int hostsOf(int grant) {
        return packed[grant * 4];
    }

    public int serviceOf(int grant) {
        return packed[grant * 4 + 1];
    }

    /**
     * A number for the grant's source and rule together: grants with the same number differ only in their
     * hosts and service, so a reader that makes something of the source and rule makes it once per number.
     */
    public long sourceAndRuleOf(int grant) {
        return ((long) packed[grant * 4 + 2] << 32) | packed[grant * 4 + 3];
    }

    /** Grants in the order added; each distinct part kept once. */
    public static final class Builder {
        private final Map<List<String>, Integer> hosts = new HashMap<>();
        private final Map<String, Integer> services = new HashMap<>();
        private final Map<Source, Integer> sources = new HashMap<>();
        private final Map<Rule, Integer> rules = new HashMap<>();
        private int[] packed = new int[64];
        private int size;

        public void add(ExposureGrant g) {
            if (size + 4 > packed.length) packed = Arrays.copyOf(packed, packed.length * 2);
            packed[size++] = index(hosts, g.hosts());
            packed[size++] = index(services, g.service());
            packed[size++] = index(sources, new Source(g.from(), g.cidr(), g.peers(), g.net()));
            packed[size++] = index(rules, new Rule(g.allowedBy(), g.policy(), g.rule()));
        }

        public ExposureGrants build() {
            return new ExposureGrants(
                    values(hosts), values(services), values(sources), values(rules), Arrays.copyOf(packed, size));
        }

        private static <T> int index(Map<T, Integer> seen, T value) {
            Integer at = seen.get(value);
            if (at != null) return at;
            seen.put(value, seen.size());
            return seen.size() - 1;
        }

        private static <T> List<T> values(Map<T, Integer> seen) {
            List<T> out = new ArrayList<>(java.util.Collections.nCopies(seen.size(), null));
            seen.forEach((v, i) -> out.set(i, v));
            return List.copyOf(out);
        }
    }
}
