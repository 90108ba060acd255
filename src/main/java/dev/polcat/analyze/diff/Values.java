package dev.polcat.analyze.diff;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import java.util.SortedMap;
import java.util.TreeMap;

/** The effective parameter values of an environment's enabled policies, as reviewers compare them. */
final class Values {
    private Values() {}

    static SortedMap<String, String> of(EnvironmentAnalysis e) {
        SortedMap<String, String> out = new TreeMap<>();
        if (e == null) return out;
        for (var pa : e.policies()) {
            PolicyTemplate p = pa.policy().policy();
            for (ParameterDecl d : p.doc().parameters()) {
                ParamValue own = e.env().settings(p.name()).values().get(d.name());
                ParamValue v = e.env().value(p.name(), d.name()).orElse(d.defaultValue());
                if (v == null) continue;
                out.put(own != null ? "policies." + p.name() + ".values." + d.name() : d.name(), v.display());
            }
        }
        return out;
    }
}
