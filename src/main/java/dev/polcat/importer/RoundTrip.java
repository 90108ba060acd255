package dev.polcat.importer;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.ParsedResource;
import dev.polcat.publish.Artifact;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import dev.polcat.yaml.YamlSyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what a build of the imported catalog renders per environment (its download/ENV/ files, one per
 * policy) with what was imported: the same resources, canonically equal (map key order does not matter).
 */
final class RoundTrip {
    private RoundTrip() {}

    /** The differences, one line each ("prod: GlobalNetworkPolicy/failsafe renders differently: ..."); empty when equal. */
    static List<String> differences(List<ExportedResource> imported, List<Artifact> artifacts) {
        Map<String, Map<String, Object>> want = new TreeMap<>();
        for (ExportedResource r : imported) want.put(r.env() + " " + r.key(), r.tree());
        Map<String, Map<String, Object>> got = rendered(artifacts);
        List<String> out = new ArrayList<>();
        for (String k : new TreeSet<>(want.keySet())) {
            String[] envKey = k.split(" ", 2);
            if (!got.containsKey(k)) out.add(envKey[0] + ": " + envKey[1] + " is not rendered by the catalog");
            else if (!Objects.equals(want.get(k), got.get(k))) {
                out.add(envKey[0] + ": " + envKey[1] + " renders differently: imported " + YamlText.flow(want.get(k))
                        + ", rendered " + YamlText.flow(got.get(k)));
            }
        }
        for (String k : got.keySet()) {
            if (!want.containsKey(k)) out.add(k.replaceFirst(" ", ": ") + " is rendered but was not imported");
        }
        return out;
    }

    /** env + " " + kind/ns/name -> resource, from every per-policy YAML file under download/ENV/. */
    static Map<String, Map<String, Object>> rendered(List<Artifact> artifacts) {
        StrictYamlReader yaml = new StrictYamlReader(16 * 1024 * 1024);
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Artifact a : artifacts) {
            String[] parts = a.path().split("/");
            if (parts.length != 3 || !parts[0].equals("download") || !isPolicyFile(parts[1], parts[2])) continue;
            try {
                for (YNode doc : yaml.readAll(a.asText(), a.path())) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> tree = (Map<String, Object>) PlainTree.of(doc);
                    out.put(parts[1] + " " + key(doc), tree);
                }
            } catch (YamlSyntaxError e) {
                throw new IllegalStateException("polcat wrote YAML it cannot read: " + a.path(), e);
            }
        }
        return out;
    }

    /** One policy's file: not a bundle of all (all.yaml, ENV-all.yaml), a kustomization or the Felix patch. */
    static boolean isPolicyFile(String env, String file) {
        return (file.endsWith(".yaml") || file.endsWith(".yml"))
                && !file.equals("all.yaml")
                && !file.equals(env + "-all.yaml")
                && !file.equals("kustomization.yaml")
                && !file.equals(env + "-felixconfiguration.yaml");
    }

    /** The same identity the exports were matched by (kind with its API group, namespace, name). */
    private static String key(YNode doc) {
        List<ParsedResource> read = new CalicoReader().read(doc).resources();
        if (read.size() == 1) return read.get(0).resource().key();
        YMap m = (YMap) doc;
        YMap meta = (YMap) m.get("metadata").orElseThrow();
        String ns = meta.get("namespace").map(n -> ((YScalar) n).text()).orElse("");
        return ((YScalar) m.get("kind").orElseThrow()).text() + "/" + (ns.isEmpty() ? "" : ns + "/")
                + ((YScalar) meta.get("name").orElseThrow()).text();
    }
}
