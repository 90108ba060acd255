package dev.polcat.validate;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.FieldError;
import dev.polcat.calico.ParsedResource;
import dev.polcat.calico.PositionIndex;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SourcePos;
import dev.polcat.render.RenderedPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validate stage: every rendered resource is checked as Calico would check it, and for placeholders
 * left by a template; within an environment no two resources may share kind, namespace and name.
 */
public final class PolicyValidator {
    private final ResourceValidator validator = new ResourceValidator();
    private final PlaceholderScan placeholders = new PlaceholderScan();

    /**
     * One rendered policy, checked on its own (on any thread): the typed resources and a summary of their
     * positions, without the parsed documents, so the caller may keep many. {@code rendered} keeps what
     * later messages need of the rendered file (its source map), not its documents.
     */
    public record Checked(
            RenderedPolicy rendered,
            List<Diagnostic> found,
            List<CalicoResource> resources,
            Map<String, PositionIndex> positions) {}

    public List<ValidatedPolicy> validateAll(List<RenderedPolicy> rendered, Diagnostics diags) {
        // Each policy is checked on its own, on all cores; resource names are then compared across an
        // environment in render order, so the result does not depend on scheduling.
        return validateChecked(rendered.parallelStream().map(this::check).toList(), diags);
    }

    /**
     * Policies already {@link #check checked} one by one (on the threads that rendered them), in render
     * order: their names compared across each environment, their problems reported.
     */
    public List<ValidatedPolicy> validateChecked(List<Checked> checked, Diagnostics diags) {
        List<ValidatedPolicy> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Checked c : checked) {
            RenderedPolicy r = c.rendered();
            String env = r.env().name();
            List<Diagnostic> found = new ArrayList<>(c.found());
            for (CalicoResource res : c.resources()) {
                String key = res.key();
                String other = seen.putIfAbsent(env + "|" + key, r.policy().name());
                if (other != null) {
                    // a resource rendered twice by one template: the positions kept are the second's
                    SourcePos name = c.positions().get(key).at("metadata.name");
                    found.add(Diagnostic.error(
                                    DiagnosticCode.P306_DUPLICATE_RESOURCE,
                                    name,
                                    key
                                            + (other.equals(r.policy().name())
                                                    ? " is rendered twice by this template"
                                                    : " is also rendered by policy '" + other + "'"))
                            .withHint("give each resource a unique name"));
                }
            }
            String context = RenderedPolicy.context(
                    r.policy().templateFile(), env, r.policy().name());
            found.forEach(
                    d -> diags.add(d.inEnv(env).forPolicy(r.policy().name()).withContext(context)));
            if (found.stream().noneMatch(Diagnostic::isError) && !c.resources().isEmpty()) {
                out.add(new ValidatedPolicy(r.env(), r.policy(), c.resources(), c.positions()));
            }
        }
        return out;
    }

    /** Checks one rendered policy on its own; safe on any thread. */
    public Checked check(RenderedPolicy r) {
        List<Diagnostic> found = new ArrayList<>();
        List<CalicoResource> resources = new ArrayList<>();
        Map<String, PositionIndex> positions = new HashMap<>();
        for (ParsedResource pr : r.resources()) {
            // A placeholder is the mistake; that it is also not a valid CIDR or port follows from it.
            List<FieldError> left = placeholders.scan(pr.resource());
            java.util.Set<String> placeholderFields = new java.util.HashSet<>();
            for (FieldError e : left) {
                placeholderFields.add(e.path());
                found.add(e.toDiagnostic(DiagnosticCode.P303_PLACEHOLDER, pr.positions()));
            }
            for (FieldError e : validator.validate(pr.resource())) {
                if (!placeholderFields.contains(e.path()))
                    found.add(e.toDiagnostic(DiagnosticCode.P301_CALICO_INVALID, pr.positions()));
            }
            resources.add(pr.resource());
            positions.put(pr.resource().key(), pr.positions().summary());
        }
        return new Checked(r.withoutDocuments(), found, resources, positions);
    }
}
