package dev.polcat.analyze.diff;

import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Pairs the rules of one direction of a policy across two versions by identity — the rule's name where
 * the template gives one, else its exact content, else the most similar rule with the same action and
 * protocol — so that inserting a rule is one addition, not every rule changed. Paired rules whose
 * relative order changed are reported as moved (order matters in Calico).
 */
final class RulePairing {
    private record Pair(int before, int after) {}

    private RulePairing() {}

    static List<RuleChange> compare(
            PolicyType dir, List<Rule> before, List<Rule> after, Function<Rule, String> describe) {
        List<SortedMap<String, String>> bf = before.stream().map(RuleFields::of).toList();
        List<SortedMap<String, String>> af = after.stream().map(RuleFields::of).toList();
        int[] match = match(before, after, bf, af);
        boolean[] used = new boolean[before.size()];
        for (int m : match) if (m >= 0) used[m] = true;
        return changes(dir, before, after, bf, af, match, used, describe);
    }

    /** For each rule of {@code after}, the index of the same rule in {@code before}, or -1 for a new one. */
    static int[] match(List<Rule> before, List<Rule> after) {
        return match(before, after, fieldsWhenAsked(before), fieldsWhenAsked(after));
    }

    /**
     * Each rule's fields, flattened the first time they are asked for: only rules without a name are
     * compared by content, and the compare page pairs every policy's rules across every environment.
     */
    private static List<SortedMap<String, String>> fieldsWhenAsked(List<Rule> rules) {
        List<SortedMap<String, String>> made = new ArrayList<>(java.util.Collections.nCopies(rules.size(), null));
        return new java.util.AbstractList<>() {
            @Override
            public SortedMap<String, String> get(int i) {
                SortedMap<String, String> f = made.get(i);
                if (f == null) made.set(i, f = RuleFields.of(rules.get(i)));
                return f;
            }

            @Override
            public int size() {
                return rules.size();
            }
        };
    }

    private static int[] match(
            List<Rule> before,
            List<Rule> after,
            List<SortedMap<String, String>> bf,
            List<SortedMap<String, String>> af) {
        int[] match = new int[after.size()];
        Arrays.fill(match, -1);
        boolean[] used = new boolean[before.size()];
        for (int j = 0; j < after.size(); j++) {
            String name = after.get(j).name();
            if (name.isEmpty()) continue;
            for (int i = 0; i < before.size(); i++) {
                if (!used[i] && before.get(i).name().equals(name)) {
                    match[j] = i;
                    used[i] = true;
                    break;
                }
            }
        }
        for (int j = 0; j < after.size(); j++) {
            if (match[j] >= 0 || !after.get(j).name().isEmpty()) continue;
            for (int i = 0; i < before.size(); i++) {
                if (!used[i] && before.get(i).name().isEmpty() && bf.get(i).equals(af.get(j))) {
                    match[j] = i;
                    used[i] = true;
                    break;
                }
            }
        }
        for (int j = 0; j < after.size(); j++) {
            if (match[j] >= 0 || !after.get(j).name().isEmpty()) continue;
            int best = -1;
            double bestScore = 0.5;
            for (int i = 0; i < before.size(); i++) {
                if (used[i] || !before.get(i).name().isEmpty() || !sameKind(bf.get(i), af.get(j))) continue;
                double s = RuleFields.similarity(bf.get(i), af.get(j));
                boolean closer = best < 0 || Math.abs(i - j) < Math.abs(best - j);
                if (s > bestScore || s == bestScore && closer) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best >= 0) {
                match[j] = best;
                used[best] = true;
            }
        }
        return match;
    }

    private static List<RuleChange> changes(
            PolicyType dir,
            List<Rule> before,
            List<Rule> after,
            List<SortedMap<String, String>> bf,
            List<SortedMap<String, String>> af,
            int[] match,
            boolean[] used,
            Function<Rule, String> describe) {
        List<Pair> pairs = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) if (match[j] >= 0) pairs.add(new Pair(match[j], j));
        boolean[] inOrder = longestIncreasing(pairs);
        List<RuleChange> out = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!used[i]) {
                out.add(new RuleChange(
                        ChangeKind.REMOVED,
                        dir,
                        label(before.get(i), describe),
                        i,
                        -1,
                        describe.apply(before.get(i)),
                        "",
                        List.of()));
            }
        }
        for (int k = 0; k < pairs.size(); k++) {
            Pair p = pairs.get(k);
            List<FieldChange> fields = RuleFields.compare(bf.get(p.before()), af.get(p.after()));
            ChangeKind kind = !inOrder[k] ? ChangeKind.MOVED : fields.isEmpty() ? null : ChangeKind.CHANGED;
            if (kind == null) continue;
            out.add(new RuleChange(
                    kind,
                    dir,
                    label(after.get(p.after()), describe),
                    p.before(),
                    p.after(),
                    describe.apply(before.get(p.before())),
                    describe.apply(after.get(p.after())),
                    fields));
        }
        for (int j = 0; j < after.size(); j++) {
            if (match[j] < 0) {
                out.add(new RuleChange(
                        ChangeKind.ADDED,
                        dir,
                        label(after.get(j), describe),
                        -1,
                        j,
                        "",
                        describe.apply(after.get(j)),
                        List.of()));
            }
        }
        out.sort(java.util.Comparator.comparingInt((RuleChange c) -> Math.max(c.afterIndex(), c.beforeIndex())));
        return out;
    }

    private static boolean sameKind(SortedMap<String, String> a, SortedMap<String, String> b) {
        return java.util.Objects.equals(a.get("action"), b.get("action"))
                && java.util.Objects.equals(a.get("protocol"), b.get("protocol"));
    }

    private static String label(Rule r, Function<Rule, String> describe) {
        return r.name().isEmpty() ? describe.apply(r) : r.name();
    }

    /** Marks the pairs (sorted by new index) whose old indexes form a longest increasing run. */
    static boolean[] longestIncreasing(List<Pair> pairs) {
        int n = pairs.size();
        int[] len = new int[n];
        int[] prev = new int[n];
        int bestEnd = -1;
        for (int i = 0; i < n; i++) {
            len[i] = 1;
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (pairs.get(j).before() < pairs.get(i).before() && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    prev[i] = j;
                }
            }
            if (bestEnd < 0 || len[i] > len[bestEnd]) bestEnd = i;
        }
        boolean[] keep = new boolean[n];
        for (int i = bestEnd; i >= 0; i = prev[i]) keep[i] = true;
        return keep;
    }
}
