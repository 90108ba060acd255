package dev.polcat.site;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.HostCoverage;
import dev.polcat.analyze.PolicyAnalysis;
import dev.polcat.catalog.Host;
import dev.polcat.net.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment page's hosts table: each host with the policies that select it, in apply order. Up to
 * {@link #INLINE} of them are listed in the host's row. A longer list is written once, under the table,
 * for all the hosts it selects; when it is every enabled policy, the row links to the "Policies in apply
 * order" table instead. (At 500 policies, every host listed the same 500 links.)
 */
final class EnvironmentHosts {
    /** The longest list of selecting policies shown in a host's row. */
    static final int INLINE = 10;

    private EnvironmentHosts() {}

    /** {@code hosts}: the table's rows; {@code selections}: the longer lists, each once, with their hosts. */
    static Map<String, Object> of(EnvironmentAnalysis e) {
        List<String> enabled =
                e.policies().stream().map(pa -> pa.policy().policy().name()).toList();
        Map<List<String>, Map<String, Object>> shared = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (HostCoverage c : e.hosts()) {
            Host h = c.host();
            List<String> labels = new ArrayList<>();
            h.labels().forEach((k, v) -> labels.add(k + "=" + v));
            String ref = "";
            List<Object> inline = List.of();
            if (c.policies().size() <= INLINE) {
                inline = links(c.policies());
            } else if (c.policies().equals(enabled)) {
                ref = "#order";
            } else {
                Map<String, Object> s = shared.computeIfAbsent(c.policies(), ps -> selection(shared.size() + 1, ps));
                @SuppressWarnings("unchecked")
                List<String> hosts = (List<String>) s.get("hosts");
                hosts.add(h.name());
                ref = "#" + s.get("id");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", h.name());
            row.put("interface", h.interfaceName());
            row.put("ips", Cidr.texts(h.ips()));
            row.put("labels", labels);
            row.put("policies", inline);
            row.put("count", c.policies().size());
            row.put("ref", ref);
            rows.add(row);
        }
        return Map.of("hosts", rows, "selections", new ArrayList<Object>(shared.values()));
    }

    /** Whether a "used by" list is long and names every enabled policy: the page says so instead of listing them. */
    static boolean isEveryEnabledPolicy(List<String> policies, EnvironmentAnalysis e) {
        return policies.size() > INLINE
                && policies.size() == e.policies().size()
                && policies.equals(e.policies().stream()
                        .map(PolicyAnalysis::policy)
                        .map(v -> v.policy().name())
                        .toList());
    }

    private static Map<String, Object> selection(int n, List<String> policies) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", "selected-by-" + n);
        s.put("hosts", new ArrayList<String>());
        s.put("policies", links(policies));
        return s;
    }

    private static List<Object> links(List<String> policies) {
        return policies.stream()
                .map(p -> (Object) Map.of("name", p, "href", "../" + SitePaths.policyPage(p)))
                .toList();
    }
}
