package dev.polcat.load;

import dev.polcat.calico.KubernetesNames;
import dev.polcat.diag.SourcePos;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import dev.polcat.yaml.YamlSyntaxError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Label sets given to {@code polcat select}: {@code k=v,k2=v2}, a JSON object, or a YAML/JSON file of them. */
public final class LabelSets {
    private static final StrictYamlReader YAML = new StrictYamlReader();

    private LabelSets() {}

    public static SortedMap<String, String> parseInline(String text) throws InputError {
        String t = text.strip();
        if (t.startsWith("{")) {
            try {
                return map(YAML.readSingle(t, "--labels"), "--labels");
            } catch (YamlSyntaxError e) {
                throw new InputError(SourcePos.of("--labels"), e.getMessage(), "write k=v,k2=v2 or a JSON object");
            }
        }
        SortedMap<String, String> out = new TreeMap<>();
        if (t.isEmpty()) return out;
        for (String pair : t.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0)
                throw new InputError(
                        SourcePos.of("--labels"), KubernetesNames.quote(pair) + " is not k=v", "write k=v,k2=v2");
            put(out, pair.substring(0, eq).strip(), pair.substring(eq + 1).strip(), SourcePos.of("--labels"));
        }
        return out;
    }

    public static List<SortedMap<String, String>> readFile(Path file) throws InputError {
        Path abs = file.toAbsolutePath();
        String display = file.toString();
        String text = new InputFiles(abs.getParent()).read(abs);
        try {
            YNode node = YAML.readSingle(text, display);
            if (!(node instanceof YList l)) {
                throw new InputError(
                        node.pos(), "expected a list of label maps", "e.g. [{role: web}, {role: db, env: prod}]");
            }
            List<SortedMap<String, String>> out = new ArrayList<>();
            for (YNode item : l.items()) out.add(map(item, display));
            return out;
        } catch (YamlSyntaxError e) {
            throw new InputError(e.pos(), e.getMessage(), e.hint());
        }
    }

    private static SortedMap<String, String> map(YNode node, String where) throws InputError {
        if (!(node instanceof YMap m)) throw new InputError(node.pos(), "expected a map of label to value", "");
        SortedMap<String, String> out = new TreeMap<>();
        for (YEntry e : m.entries()) {
            if (!(e.value() instanceof YScalar s) || s.isNull()) {
                throw new InputError(e.value().pos(), "label '" + e.key() + "' needs a text value", "");
            }
            put(out, e.key(), s.text(), e.keyPos());
        }
        return out;
    }

    /** Kubernetes' rules for label keys and values: a label set that cannot exist selects nothing real. */
    private static void put(SortedMap<String, String> out, String key, String value, SourcePos pos) throws InputError {
        var problem = KubernetesNames.labelKeyProblem(key).or(() -> KubernetesNames.labelValueProblem(key, value));
        if (problem.isPresent())
            throw new InputError(pos, problem.get(), "e.g. --labels role=web,app.example.com/tier=db");
        out.put(key, value);
    }
}
