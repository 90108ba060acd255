package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import dev.polcat.catalog.CaveatSeverity;
import java.util.List;

/** A check for one kind of caveat. Ids are stable: users grep for them and the site links to them. */
public interface Lint {
    String id();

    /** One line for the site's list of lints: what it detects and why it matters. */
    String description();

    List<Finding> check(LintContext ctx);

    /** Where the site lists its findings among the policy's caveats: most lints ask for a check first. */
    default CaveatSeverity caveatSeverity() {
        return CaveatSeverity.WARNING;
    }
}
