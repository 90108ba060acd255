package dev.polcat.load;

import dev.polcat.catalog.Namespace;
import dev.polcat.diag.Diagnostics;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a profile's {@code namespaces}: name (a DNS label, as Kubernetes requires) and labels. */
final class NamespaceReader {
    private static final List<String> KEYS = InputKeys.NAMESPACE;

    private final Diagnostics diags;
    private final ProfileFields fields;

    NamespaceReader(Diagnostics diags) {
        this.diags = diags;
        this.fields = new ProfileFields(diags);
    }

    List<Namespace> read(YNode node) {
        List<Namespace> out = new ArrayList<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return out;
        if (!(node instanceof YList l)) {
            fields.error(node, "namespaces: expected a list of namespaces (- name: shop)", "");
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < l.items().size(); i++) {
            String path = "namespaces[" + i + "]";
            YNode item = l.items().get(i);
            if (!(item instanceof YMap m)) {
                fields.error(item, path + ": expected a map with name and labels", "");
                continue;
            }
            fields.checkKeys(m, KEYS, path);
            String name = fields.name(m, path, ProfileFields.DNS_LABEL, 63, "namespace");
            if (name == null) continue;
            if (!names.add(name)) {
                fields.error(m.get("name").orElseThrow(), path + ": duplicate namespace '" + name + "'", "");
                continue;
            }
            out.add(new Namespace(
                    name, new LabelReader(diags).read(m.get("labels").orElse(null), path + ".labels"), m.pos()));
        }
        return out;
    }
}
