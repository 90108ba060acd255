package dev.polcat.report;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.SafeJson;
import dev.polcat.validate.FileReport;
import java.util.List;

/** {@code polcat validate --format json}: per file and per resource, documented in the README. */
public final class ValidationJson {
    private ValidationJson() {}

    record Files(int schemaVersion, boolean valid, List<File> files) {}

    record File(String file, boolean valid, List<Error> errors, List<Resource> resources) {}

    record Resource(String file, String kind, String name, boolean valid, List<Error> errors) {}

    /** Each diagnostic with its field path, position, message and hint (explain's JSON has them too). */
    record Error(String severity, String code, String path, int line, int column, String message, String hint) {
        static List<Error> of(List<Diagnostic> diags) {
            return diags.stream()
                    .map(d -> new Error(
                            d.severity().label(),
                            d.code().id(),
                            d.field(),
                            d.pos().line(),
                            d.pos().col(),
                            d.message(),
                            d.hint()))
                    .toList();
        }
    }

    record Catalog(int schemaVersion, boolean valid, List<CatalogDiagnostic> diagnostics) {}

    record CatalogDiagnostic(
            String severity,
            String code,
            String file,
            int line,
            int column,
            List<String> environments,
            String policy,
            String path,
            String message,
            String hint,
            String context) {}

    public static String render(List<FileReport> reports) {
        return SafeJson.write(new Files(
                1,
                reports.stream().allMatch(FileReport::isValid),
                reports.stream()
                        .map(r -> new File(
                                r.file(),
                                r.isValid(),
                                Error.of(r.fileErrors()),
                                r.resources().stream()
                                        .map(rr -> new Resource(
                                                r.file(),
                                                rr.kind(),
                                                rr.name(),
                                                rr.isValid(),
                                                Error.of(rr.diagnostics())))
                                        .toList()))
                        .toList()));
    }

    /**
     * {@code polcat validate --format json} on a catalog: every diagnostic once, with the environments
     * it was found in as an array.
     */
    public static String catalog(List<Diagnostic> merged) {
        return SafeJson.write(new Catalog(
                1,
                merged.stream().noneMatch(Diagnostic::isError),
                merged.stream()
                        .map(d -> new CatalogDiagnostic(
                                d.severity().label(),
                                d.code().id(),
                                d.pos().file(),
                                d.pos().line(),
                                d.pos().col(),
                                d.environments(),
                                d.policy(),
                                d.field(),
                                d.message(),
                                d.hint(),
                                d.context()))
                        .toList()));
    }
}
