package dev.polcat.build;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SourcePos;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Says so when a catalog has layout overrides that an untrusted build does not use. */
final class LayoutOverrides {
    private LayoutOverrides() {}

    static void warnIfPresent(Path catalogRoot, Diagnostics diags) {
        Path dir = catalogRoot.resolve("templates").resolve("layouts");
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            diags.add(Diagnostic.warning(
                            DiagnosticCode.P116_LAYOUT_OVERRIDES_IGNORED,
                            SourcePos.of("templates/layouts/"),
                            "the catalog's layout overrides are not used: layouts write the site's HTML, so they are trusted code")
                    .withHint("build with --trust-layouts once they are reviewed (not in pull-request builds)"));
        }
    }
}
