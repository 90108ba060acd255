package dev.polcat.cli;

import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.load.GitCatalogExport;
import dev.polcat.load.InputError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A version of the catalog as {@code diff} and {@code impact} take it: a folder, or a git revision of the
 * catalog's repository, exported to a scratch folder (the work tree is never touched).
 */
final class CatalogRevisions {
    private CatalogRevisions() {}

    /** The folder holding that version, or null after printing why there is none. */
    static Path root(Path catalog, String arg, Path scratch, PrintWriter err) {
        Path dir = Path.of(arg);
        if (Files.isDirectory(dir)) return dir;
        try {
            Files.createDirectories(scratch);
            GitCatalogExport.export(catalog, arg, scratch);
            return scratch;
        } catch (InputError | IOException e) {
            err.println("polcat: error: "
                    + DiagnosticPrinter.safe((e instanceof InputError ie ? ie.pos() + ": " : "") + e.getMessage())
                    + (e instanceof InputError ie && !ie.hint().isEmpty()
                            ? "\n  hint: " + DiagnosticPrinter.safe(ie.hint())
                            : ""));
            return null;
        }
    }
}
