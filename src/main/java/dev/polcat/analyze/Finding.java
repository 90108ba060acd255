package dev.polcat.analyze;

import dev.polcat.diag.Severity;

/**
 * A detected caveat: a lint's stable id (e.g. {@code sensitive-port-open}), its severity, a message
 * about this policy, the rule it concerns ({@code spec.ingress[0]}, or "" for the whole policy) and
 * what to do about it.
 */
public record Finding(String id, Severity severity, String message, String rulePath, String hint) {}
