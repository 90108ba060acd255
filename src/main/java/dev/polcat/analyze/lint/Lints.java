package dev.polcat.analyze.lint;

import dev.polcat.analyze.Finding;
import java.util.ArrayList;
import java.util.List;

/** Every lint, in the order they run and are listed. */
public final class Lints {
    public static final List<Lint> ALL = List.of(
            new SensitivePortOpen(),
            new OpenToInternet(),
            new SelectsNothing(),
            new AllSelectorSelectsWorkloads(),
            new ShadowedRule(),
            new LogAfterTerminal(),
            new SameOrderOverlap(),
            new TypesMismatch(),
            new DatastoreEgressWithoutPorts(),
            new DhcpWithoutClientPort(),
            new IcmpV4Only());

    private Lints() {}

    public static List<Finding> run(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Lint l : ALL) out.addAll(l.check(ctx));
        return out;
    }
}
