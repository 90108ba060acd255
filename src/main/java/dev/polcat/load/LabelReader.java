package dev.polcat.load;

import dev.polcat.calico.KubernetesNames;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.TreeMap;

/**
 * Reads a map of Kubernetes labels ({@code labels:} of namespaces, workloads and service accounts),
 * checking keys and values as the Kubernetes API does ({@link KubernetesNames}), since selectors see them
 * as Kubernetes stores them.
 */
final class LabelReader {
    private final Diagnostics diags;

    LabelReader(Diagnostics diags) {
        this.diags = diags;
    }

    /** The labels at {@code node} (null or absent: none); reports each bad key or value at its position. */
    TreeMap<String, String> read(YNode node, String path) {
        TreeMap<String, String> labels = new TreeMap<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return labels;
        if (!(node instanceof YMap lm)) {
            error(
                    node,
                    path + ": expected a map of label to value, got " + node.describe(),
                    "write {app: api, tier: backend}");
            return labels;
        }
        for (YEntry e : lm.entries()) {
            String where = path + "." + e.key();
            if (!(e.value() instanceof YScalar s) || s.kind() != YScalar.Kind.STRING) {
                String shown = e.value() instanceof YScalar sc ? sc.text() : "";
                error(
                        e.value(),
                        where + ": label values must be strings, got "
                                + e.value().describe(),
                        e.value() instanceof YScalar ? "quote it: \"" + shown + "\"" : "");
                continue;
            }
            var keyProblem = KubernetesNames.labelKeyProblem(e.key());
            var valueProblem = KubernetesNames.labelValueProblem(e.key(), s.text());
            keyProblem.ifPresent(
                    why -> diags.add(Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, e.keyPos(), path + ": " + why)
                            .withHint("e.g. app: web or app.kubernetes.io/name: web")));
            valueProblem.ifPresent(why -> error(s, path + ": " + why, "e.g. app: web"));
            if (keyProblem.isEmpty() && valueProblem.isEmpty()) labels.put(e.key(), s.text());
        }
        return labels;
    }

    private void error(YNode at, String message, String hint) {
        diags.add(Diagnostic.error(DiagnosticCode.P107_INVALID_VALUE, at.pos(), message)
                .withHint(hint));
    }
}
