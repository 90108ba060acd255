package dev.polcat.cli;

import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Suggestions;

/** The one message for an {@code --env} that names no environment of the catalog, with a did-you-mean. */
final class UnknownEnvironment {
    private UnknownEnvironment() {}

    static String message(String env, Catalog catalog) {
        String hint = Suggestions.hint(
                env, catalog.environments().stream().map(Profile::name).toList());
        return "polcat: error: unknown environment '" + DiagnosticPrinter.safe(env) + "'"
                + (hint.isEmpty() ? "" : "; " + DiagnosticPrinter.safe(hint));
    }
}
