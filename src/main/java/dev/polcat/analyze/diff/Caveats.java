package dev.polcat.analyze.diff;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.catalog.Caveat;
import java.util.TreeSet;

/** The caveats that apply in an environment: authored ones of its enabled policies, and detected ones. */
final class Caveats {
    private Caveats() {}

    static TreeSet<String> of(EnvironmentAnalysis e) {
        TreeSet<String> out = new TreeSet<>();
        if (e == null) return out;
        for (var pa : e.policies()) {
            String policy = pa.policy().policy().name();
            for (Caveat c : pa.policy().policy().doc().caveats()) out.add(policy + ": " + c.title());
            pa.findings().forEach(f -> out.add(policy + ": [" + f.id() + "] " + f.message()));
        }
        return out;
    }
}
