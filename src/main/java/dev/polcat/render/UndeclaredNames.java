package dev.polcat.render;

import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.UnboundValue;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import dev.polcat.diag.Suggestions;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One error per name a template used without its doc declaring it, at the template line that used it:
 * a typo gets a did-you-mean; a name another policy declares, how to share it; a name only profiles
 * set, the declaration to add with the type their value suggests.
 */
final class UndeclaredNames {
    private UndeclaredNames() {}

    static List<Diagnostic> diagnostics(
            Map<String, TracedElement> used, Catalog catalog, PolicyTemplate policy, String env) {
        List<Diagnostic> out = new ArrayList<>();
        used.forEach((name, element) -> position(name, element)
                .ifPresent(pos -> out.add(Diagnostic.error(
                                DiagnosticCode.P202_TEMPLATE_ERROR,
                                pos,
                                "'" + name + "' is not declared in "
                                        + policy.doc().pos().file() + "; add it under parameters:")
                        .withHint(hint(name, catalog, policy))
                        .inEnv(env)
                        .forPolicy(policy.name()))));
        return out;
    }

    private static String hint(String name, Catalog catalog, PolicyTemplate policy) {
        List<String> known = new ArrayList<>(
                policy.doc().parameters().stream().map(ParameterDecl::name).toList());
        ParameterDecl elsewhere = catalog.parameters().get(name);
        if (elsewhere != null) {
            return "policy " + elsewhere.policy() + " declares it ("
                    + elsewhere.type().spelling() + "): copy its declaration to share the value profiles set for it";
        }
        UnboundValue v = catalog.unboundValues().get(name);
        if (v != null) {
            return name + ": {type: " + v.inferredType() + ", description: ...}  (the type of its value at " + v.pos()
                    + ")";
        }
        var typo = Suggestions.closest(name, known);
        if (typo.isPresent()) return "did you mean '" + typo.get() + "'?";
        return name + ": {type: ..., description: ...}, and set its value in the profiles";
    }

    /**
     * Where the element of the policy template uses the name as a plain identifier. A name looked up
     * only through {@code .vars["x"]} or inside {@code ?eval} text is not the author's parameter, and
     * FreeMarker's own error (or default) stands.
     */
    private static Optional<SourcePos> position(String name, TracedElement element) {
        if (element == null) return Optional.empty();
        int line = element.getBeginLine();
        int col = element.getBeginColumn();
        String source = element.getTemplate().getSource(col, line, element.getEndColumn(), element.getEndLine());
        if (source == null) return Optional.empty();
        Matcher m = Pattern.compile("(?<![A-Za-z0-9_.\"'])" + Pattern.quote(name) + "(?![A-Za-z0-9_])")
                .matcher(source);
        if (!m.find()) return Optional.empty();
        for (int k = 0; k < m.start(); k++) {
            if (source.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return Optional.of(new SourcePos("templates/" + element.getTemplate().getSourceName(), line, col));
    }
}
