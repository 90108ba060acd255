package dev.polcat.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The sink every stage reports problems to. Thread-safe, because policies render in parallel; {@link
 * #all()} returns them in a stable order so that output does not depend on scheduling.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public synchronized void addAll(List<Diagnostic> ds) {
        items.addAll(ds);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return all().stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return all().size() - errorCount();
    }

    public synchronized List<Diagnostic> all() {
        return items.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    /** For --strict: every warning becomes an error. */
    public synchronized void promoteWarnings() {
        items.replaceAll(Diagnostic::asError);
    }

    public synchronized int size() {
        return items.size();
    }
}
