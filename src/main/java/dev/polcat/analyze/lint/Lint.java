package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import java.util.List;

/** A check for one kind of caveat. Ids are stable: users grep for them and the site links to them. */
public interface Lint {
    String id();

    /** One line for the site's list of lints: what it detects and why it matters. */
    String description();

    List<Finding> check(LintContext ctx);
}
