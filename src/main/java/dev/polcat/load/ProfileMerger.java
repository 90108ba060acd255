package dev.polcat.load;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code extends}: a profile is its ancestors' trees merged from the root down, where maps merge
 * key by key and everything else (lists included) is replaced. Each value keeps the position of the file
 * that wrote it, which is its provenance. {@code extends} and {@code abstract} are never inherited.
 */
final class ProfileMerger {
    private static final Set<String> NOT_INHERITED = Set.of("extends", "abstract");

    private final Map<String, RawProfile> byName;
    private final Diagnostics diags;

    ProfileMerger(List<RawProfile> profiles, Diagnostics diags) {
        this.byName = new LinkedHashMap<>();
        profiles.forEach(p -> byName.put(p.name(), p));
        this.diags = diags;
    }

    /** The merged tree and the chain of profile names (self first), or null after reporting why not. */
    Merged merge(RawProfile profile) {
        List<RawProfile> chain = new ArrayList<>();
        RawProfile cur = profile;
        while (cur != null) {
            if (chain.contains(cur)) {
                List<String> names =
                        new ArrayList<>(chain.stream().map(RawProfile::name).toList());
                names.add(cur.name());
                diags.add(Diagnostic.error(
                                DiagnosticCode.P108_EXTENDS_CYCLE,
                                profile.parentPos(),
                                "extends cycle: " + String.join(" -> ", names))
                        .withHint("a profile cannot extend itself, directly or through others; remove one 'extends'"));
                return null;
            }
            chain.add(cur);
            if (cur.parent().isEmpty()) break;
            RawProfile parent = byName.get(cur.parent());
            if (parent == null) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P109_UNKNOWN_PARENT,
                                cur.parentPos(),
                                "extends unknown profile '" + cur.parent() + "'")
                        .withHint(Suggestions.hint(cur.parent(), byName.keySet())));
                return null;
            }
            cur = parent;
        }
        YMap merged = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            YMap body = chain.get(i).body();
            merged = merged == null ? body : mergeMaps(withoutOwnKeys(merged), body);
        }
        return new Merged(merged, chain.stream().map(RawProfile::name).toList());
    }

    record Merged(YMap tree, List<String> chain) {}

    private static YMap withoutOwnKeys(YMap m) {
        return new YMap(
                m.pos(),
                m.entries().stream()
                        .filter(e -> !NOT_INHERITED.contains(e.key()))
                        .toList());
    }

    static YMap mergeMaps(YMap parent, YMap child) {
        Map<String, YEntry> out = new LinkedHashMap<>();
        for (YEntry e : parent.entries()) out.put(e.key(), e);
        for (YEntry e : child.entries()) {
            YEntry old = out.get(e.key());
            if (old != null && old.value() instanceof YMap pm && e.value() instanceof YMap cm) {
                out.put(e.key(), new YEntry(e.key(), e.keyPos(), mergeMaps(pm, cm)));
            } else {
                out.put(e.key(), e);
            }
        }
        return new YMap(child.pos(), new ArrayList<>(out.values()));
    }
}
