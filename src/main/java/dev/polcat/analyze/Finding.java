package dev.polcat.analyze;

import dev.polcat.diag.Severity;
import dev.polcat.yaml.SharedText;

/**
 * A detected caveat: a lint's stable id (e.g. {@code sensitive-port-open}), its severity, a message
 * about this policy, the rule it concerns ({@code spec.ingress[0]}, or "" for the whole policy) and
 * what to do about it.
 */
public record Finding(String id, Severity severity, String message, String rulePath, String hint) {
    public Finding {
        // a lint finds the same thing in most environments: one copy of its words
        message = SharedText.of(message);
        rulePath = SharedText.of(rulePath);
        hint = SharedText.of(hint);
    }
}
