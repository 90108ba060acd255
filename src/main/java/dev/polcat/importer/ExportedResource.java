package dev.polcat.importer;

import dev.polcat.calico.CalicoResource;
import dev.polcat.diag.SourcePos;
import java.util.Map;

/** One resource of one environment's export, as its author wrote it (cluster-managed fields dropped). */
record ExportedResource(String env, String kind, String namespace, String name, Map<String, Object> tree, CalicoResource resource, SourcePos pos) {
    /** Resources are matched across environments by kind, namespace and name. */
    String key() {
        return kind + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
