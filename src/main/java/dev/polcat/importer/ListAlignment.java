package dev.polcat.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges the lists of several environments into one sequence that keeps each environment's order (a shortest
 * common supersequence by shape): items of the same shape at matching places become one item with a value per
 * environment; the others are items only some environments have.
 */
final class ListAlignment {
    private ListAlignment() {}

    static List<Aligned> merge(List<Aligned> merged, String env, List<Object> items) {
        int n = merged.size();
        int m = items.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = matches(merged.get(i), env, items.get(j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Aligned> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && matches(merged.get(i), env, items.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                Map<String, Object> v = new LinkedHashMap<>(merged.get(i).values());
                v.put(env, items.get(j));
                out.add(new Aligned(merged.get(i).shape(), v));
                i++;
                j++;
            } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(merged.get(i++));
            } else {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put(env, items.get(j));
                out.add(new Aligned(shape(items.get(j)), v));
                j++;
            }
        }
        return out;
    }

    private static boolean matches(Aligned a, String env, Object item) {
        return !a.values().containsKey(env) && Objects.equals(a.shape(), shape(item));
    }

    /**
     * What must agree for two items to be "the same rule": action, protocol, ipVersion, the rule's name, and
     * which fields it has; the values of nets, ports and selectors may differ.
     */
    static Object shape(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> s = new LinkedHashMap<>();
            for (var e : m.entrySet()) {
                Object k = e.getKey();
                boolean identity = k.equals("action")
                        || k.equals("protocol")
                        || k.equals("ipVersion")
                        || k.equals("metadata")
                        || k.equals("name");
                s.put(k, identity ? e.getValue() : shape(e.getValue()));
            }
            return s;
        }
        if (v instanceof List<?>) return "list";
        return "scalar";
    }
}
