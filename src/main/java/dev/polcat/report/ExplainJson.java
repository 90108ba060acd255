package dev.polcat.report;

import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.Finding;
import dev.polcat.analyze.run.PolicyExplanation;
import dev.polcat.diag.SafeJson;
import dev.polcat.report.ValidationJson.Error;
import dev.polcat.validate.FileReport;
import java.util.List;

/** {@code polcat explain --format json}: per file, its validity and errors and each policy explained; see the README. */
public final class ExplainJson {
    private ExplainJson() {}

    record Explanation(int schemaVersion, List<File> files) {}

    record File(String file, boolean valid, List<Error> errors, List<Policy> policies) {}

    record Policy(
            String kind,
            String name,
            String summary,
            boolean valid,
            List<Error> errors,
            List<Rule> rules,
            List<Caveat> findings) {}

    record Rule(String path, String name, String action, String explanation) {}

    record Caveat(String id, String severity, String path, String message, String hint) {}

    public static String render(List<ExplainedFile> all) {
        return SafeJson.write(new Explanation(
                1,
                all.stream()
                        .map(e -> new File(
                                e.report().file(),
                                e.report().isValid(),
                                Error.of(e.report().fileErrors()),
                                e.policies().stream()
                                        .map(p -> policy(p, e.report()))
                                        .toList()))
                        .toList()));
    }

    private static Policy policy(PolicyExplanation p, FileReport report) {
        FileReport.ResourceReport rr = report.resources().stream()
                .filter(x -> x.resource() == p.policy())
                .findFirst()
                .orElseThrow();
        return new Policy(
                p.policy().kind().yamlName(),
                p.policy().name(),
                p.summary(),
                rr.isValid(),
                Error.of(rr.diagnostics()),
                p.rules().stream().map(ExplainJson::rule).toList(),
                p.findings().stream().map(ExplainJson::caveat).toList());
    }

    private static Rule rule(ExplainedRule r) {
        // Kubernetes NetworkPolicy rules carry no action: each one allows.
        String action = r.rule() == null
                ? "Allow"
                : r.rule().action() == null ? "" : r.rule().action().yamlName();
        return new Rule(r.path(), r.name(), action, r.sentence());
    }

    private static Caveat caveat(Finding f) {
        return new Caveat(f.id(), f.severity().label(), f.rulePath(), f.message(), f.hint());
    }
}
