package dev.polcat.validate;

import dev.polcat.calico.CalicoResource;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import java.util.List;

/**
 * The validation of one YAML file: each resource in it with its problems, and problems of the file
 * itself (unreadable, not YAML) that stopped resources from being read.
 */
public record FileReport(String file, List<ResourceReport> resources, List<Diagnostic> fileErrors) {
    public FileReport {
        resources = List.copyOf(resources);
        fileErrors = List.copyOf(fileErrors);
    }

    public boolean isValid() {
        return fileErrors.isEmpty() && resources.stream().allMatch(ResourceReport::isValid);
    }

    /**
     * One resource (or a document that could not be read as one: {@code resource} is then null) and its
     * diagnostics.
     */
    public record ResourceReport(String kind, String name, CalicoResource resource, List<Diagnostic> diagnostics) {
        public ResourceReport {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean isValid() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }

        /** A Kubernetes object that is not policy, left to kubectl. */
        public boolean isSkipped() {
            return resource == null
                    && diagnostics.stream().allMatch(d -> d.code() == DiagnosticCode.P307_NOT_A_POLICY_KIND);
        }
    }
}
