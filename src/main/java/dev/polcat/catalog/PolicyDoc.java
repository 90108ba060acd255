package dev.polcat.catalog;

import dev.polcat.diag.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * A policy's documentation: front matter (title, summary, tags, parameters, notes, caveats, and
 * example flows that must hold wherever the policy is enabled) and body.
 */
public record PolicyDoc(
        String title,
        String summary,
        List<String> tags,
        List<ParameterDecl> parameters,
        List<RuleNote> ruleNotes,
        List<Caveat> caveats,
        List<ExpectedFlow> examples,
        String body,
        SourcePos pos) {

    public PolicyDoc {
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
        ruleNotes = List.copyOf(ruleNotes);
        caveats = List.copyOf(caveats);
        examples = List.copyOf(examples);
    }

    /** The note for a rule: an exact match first, then the longest matching prefix pattern. */
    public Optional<RuleNote> noteFor(String ruleName) {
        if (ruleName.isEmpty()) return Optional.empty();
        return ruleNotes.stream()
                .filter(n -> n.matches(ruleName))
                .max(java.util.Comparator.comparingInt(
                        (RuleNote n) -> n.pattern().endsWith("*") ? n.pattern().length() : Integer.MAX_VALUE));
    }

    public Optional<ParameterDecl> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
