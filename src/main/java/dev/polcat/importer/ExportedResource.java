package dev.polcat.importer;

import dev.polcat.calico.CalicoResource;
import dev.polcat.diag.SourcePos;
import java.util.Map;

/**
 * One resource of one environment's export, as its author wrote it (cluster-managed fields dropped). {@code key} is
 * the identity resources are matched by across environments: kind (with its API group), namespace and name.
 */
record ExportedResource(
        String env,
        String key,
        String kind,
        String namespace,
        String name,
        Map<String, Object> tree,
        CalicoResource resource,
        SourcePos pos) {
    /** The resource without its kind: namespace/name, or name. */
    String displayName() {
        return (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
