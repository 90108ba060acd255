package dev.polcat.validate;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.FieldError;
import dev.polcat.calico.ParsedResource;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
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

    public List<ValidatedPolicy> validateAll(List<RenderedPolicy> rendered, Diagnostics diags) {
        List<ValidatedPolicy> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (RenderedPolicy r : rendered) {
            String env = r.env().name();
            String context = RenderedPolicy.context(r.policy().templateFile(), env, r.policy().name());
            boolean ok = true;
            List<CalicoResource> resources = new ArrayList<>();
            Map<String, dev.polcat.calico.PositionIndex> positions = new HashMap<>();
            for (ParsedResource pr : r.resources()) {
                List<Diagnostic> found = new ArrayList<>();
                for (FieldError e : validator.validate(pr.resource())) {
                    found.add(e.toDiagnostic(DiagnosticCode.P301_CALICO_INVALID, pr.positions()));
                }
                for (FieldError e : placeholders.scan(pr.resource())) {
                    found.add(e.toDiagnostic(DiagnosticCode.P303_PLACEHOLDER, pr.positions()));
                }
                String key = env + "|" + pr.resource().key();
                String other = seen.putIfAbsent(key, r.policy().name());
                if (other != null) {
                    found.add(Diagnostic.error(DiagnosticCode.P306_DUPLICATE_RESOURCE, pr.positions().at("metadata.name"),
                            pr.resource().key() + " is also rendered by policy '" + other + "'")
                            .withHint("give each resource a unique name"));
                }
                found.forEach(d -> diags.add(d.inEnv(env).forPolicy(r.policy().name()).withContext(context)));
                ok &= found.stream().noneMatch(Diagnostic::isError);
                resources.add(pr.resource());
                positions.put(pr.resource().key(), pr.positions().summary());
            }
            if (ok && !resources.isEmpty()) out.add(new ValidatedPolicy(r.env(), r.policy(), resources, positions));
        }
        return out;
    }
}
