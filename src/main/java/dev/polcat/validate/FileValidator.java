package dev.polcat.validate;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.FieldError;
import dev.polcat.calico.ForeignKinds;
import dev.polcat.calico.ParsedResource;
import dev.polcat.calico.PositionIndex;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YamlSyntaxError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates Calico YAML written by anyone — single or multi-document, or a {@code List} — exactly as
 * the catalog's rendered policies are validated: shape, Calico's rules, placeholders.
 */
public final class FileValidator {
    private final StrictYamlReader yaml = new StrictYamlReader();
    private final CalicoReader reader = new CalicoReader();
    private final ResourceValidator validator = new ResourceValidator();
    private final PlaceholderScan placeholders = new PlaceholderScan();

    public FileReport validate(String file, String text) {
        List<YNode> docs;
        try {
            docs = yaml.readAll(text, file);
        } catch (YamlSyntaxError e) {
            return new FileReport(
                    file,
                    List.of(),
                    List.of(Diagnostic.error(e.code(), e.pos(), e.getMessage()).withHint(e.hint())));
        }
        List<FileReport.ResourceReport> out = new ArrayList<>();
        for (YNode doc : docs) {
            CalicoReader.Result r = reader.read(doc);
            for (CalicoReader.ForeignObject f : r.foreign()) out.add(skipped(f));
            Map<String, List<Diagnostic>> byResource = new LinkedHashMap<>();
            Map<String, String[]> ids = new LinkedHashMap<>();
            Map<String, CalicoResource> parsed = new LinkedHashMap<>();
            for (CalicoReader.Located e : r.errors()) {
                String id = e.kind() + "/" + e.name();
                ids.putIfAbsent(id, new String[] {e.kind(), e.name()});
                byResource
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(e.error().toDiagnostic(DiagnosticCode.P302_UNKNOWN_FIELD, e.positions()));
            }
            for (ParsedResource pr : r.resources()) {
                String id =
                        pr.resource().kind().yamlName() + "/" + pr.resource().name();
                ids.putIfAbsent(id, new String[] {
                    pr.resource().kind().yamlName(), pr.resource().name()
                });
                parsed.put(id, pr.resource());
                List<Diagnostic> ds = byResource.computeIfAbsent(id, k -> new ArrayList<>());
                add(ds, validator.validate(pr.resource()), DiagnosticCode.P301_CALICO_INVALID, pr.positions());
                add(ds, placeholders.scan(pr.resource()), DiagnosticCode.P303_PLACEHOLDER, pr.positions());
            }
            ids.forEach((id, kn) -> out.add(new FileReport.ResourceReport(
                    kn[0],
                    kn[1],
                    parsed.get(id),
                    byResource.getOrDefault(id, List.of()).stream()
                            .sorted(Diagnostic.ORDER)
                            .toList())));
        }
        if (out.isEmpty()) {
            return new FileReport(
                    file,
                    List.of(),
                    List.of(Diagnostic.error(
                            DiagnosticCode.P304_RESOURCE_SHAPE,
                            new SourcePos(file, 1, 1),
                            "no resources in this file")));
        }
        return new FileReport(file, out, List.of());
    }

    /**
     * A Kubernetes object that is not policy, next to the policies (a Deployment, a Namespace): as
     * kubectl applies it and Calico never sees it, polcat notes it and moves on.
     */
    private static FileReport.ResourceReport skipped(CalicoReader.ForeignObject f) {
        return new FileReport.ResourceReport(
                f.kind(),
                f.name(),
                null,
                List.of(
                        Diagnostic.note(
                                        DiagnosticCode.P307_NOT_A_POLICY_KIND,
                                        f.pos(),
                                        ForeignKinds.describe(f) + " skipped: not a policy kind")
                                .withHint(
                                        "polcat checks Calico resources and Kubernetes NetworkPolicies; kubectl checks the rest")));
    }

    private static void add(
            List<Diagnostic> out, List<FieldError> errors, DiagnosticCode code, PositionIndex positions) {
        for (FieldError e : errors) out.add(e.toDiagnostic(code, positions));
    }
}
