package dev.polcat.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sink every stage reports problems to. Thread-safe, because policies render in parallel; {@link
 * #all()} returns them in a stable order so that output does not depend on scheduling.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private boolean strict;

    public synchronized void add(Diagnostic d) {
        items.add(strict ? d.asError() : d);
    }

    public synchronized void addAll(List<Diagnostic> ds) {
        ds.forEach(this::add);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** Errors as printed: one per mistake, however many environments it shows up in. */
    public synchronized long errorCount() {
        return merged().stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return merged().size() - errorCount();
    }

    public synchronized List<Diagnostic> all() {
        return items.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    /** Rewrites every diagnostic so far (moving rendered positions to the template's, for one). */
    public synchronized void replaceAll(java.util.function.UnaryOperator<Diagnostic> change) {
        items.replaceAll(change);
    }

    /**
     * One diagnostic per mistake: those identical except for the environment become one, whose env
     * lists them all ("dev, prod, staging"; see {@link Diagnostic#environments()}), with the context and
     * excerpt of the first.
     */
    public synchronized List<Diagnostic> merged() {
        Map<Diagnostic, TreeSet<String>> envs = new LinkedHashMap<>();
        Map<Diagnostic, Diagnostic> first = new LinkedHashMap<>();
        for (Diagnostic d : all()) {
            Diagnostic key = d.inEnv("").at(d.pos(), "", "");
            first.putIfAbsent(key, d);
            envs.computeIfAbsent(key, k -> new TreeSet<>()).add(d.env());
        }
        List<Diagnostic> out = new ArrayList<>();
        first.forEach((key, d) -> out.add(d.inEnv(String.join(", ", envs.get(key)))));
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /** For --strict: every warning becomes an error, those reported so far and any added later. */
    public synchronized void promoteWarnings() {
        strict = true;
        items.replaceAll(Diagnostic::asError);
    }

    public synchronized int size() {
        return items.size();
    }
}
