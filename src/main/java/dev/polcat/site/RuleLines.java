package dev.polcat.site;

import dev.polcat.calico.PositionIndex;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YamlSyntaxError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each rule starts in a published YAML file, so the rules table can link to its lines. Read back
 * from the exact text shown, by resource name and rule path ({@code failsafe spec.ingress[0]} → 21).
 */
final class RuleLines {
    private final Map<String, Integer> lines = new HashMap<>();

    RuleLines(String yaml) {
        try {
            List<YNode> docs = new StrictYamlReader().readAll(yaml, "shown.yaml");
            for (YNode doc : docs) {
                PositionIndex idx = PositionIndex.of(doc);
                String name = doc instanceof dev.polcat.yaml.YMap m && m.get("metadata").orElse(null) instanceof dev.polcat.yaml.YMap meta
                        && meta.get("name").orElse(null) instanceof dev.polcat.yaml.YScalar s ? s.text() : "";
                for (String dir : List.of("ingress", "egress")) {
                    for (int i = 0; idx.has("spec." + dir + "[" + i + "]"); i++) {
                        String path = "spec." + dir + "[" + i + "]";
                        lines.put(name + " " + path, idx.at(path).line());
                    }
                }
            }
        } catch (YamlSyntaxError e) {
            throw new IllegalStateException("polcat wrote YAML it cannot read back", e);
        }
    }

    /** The 1-based line where the rule starts, or 0 when unknown. */
    int line(String resource, String path) {
        return lines.getOrDefault(resource + " " + path, 0);
    }
}
