package dev.polcat.report;

import dev.polcat.analyze.ExplainedRule;
import dev.polcat.analyze.run.PolicyExplanation;
import dev.polcat.diag.ControlChars;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.validate.FileReport;
import java.util.ArrayList;
import java.util.List;

/** One file {@code polcat explain} read: its validation report and the explanation of each policy in it. */
public record ExplainedFile(FileReport report, List<PolicyExplanation> policies) {
    static final String NOT_READ = "not explained: polcat could not read every field of this resource (see the errors)";

    /** Every policy of the file explained, except one with a field polcat could not read. */
    public static ExplainedFile of(FileReport report) {
        List<PolicyExplanation> ex = new ArrayList<>();
        for (FileReport.ResourceReport rr : report.resources()) {
            if (rr.resource() == null) continue;
            // A resource with a field polcat could not read is never explained: a sentence that leaves out
            // what it did not understand would mislead more than no sentence.
            if (rr.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.P302_UNKNOWN_FIELD)) {
                ex.add(new PolicyExplanation(rr.resource(), NOT_READ, List.of(), List.of()));
                continue;
            }
            PolicyExplanation.of(rr.resource()).ifPresent(ex::add);
        }
        return new ExplainedFile(report, ex);
    }

    /** A file without policies (a symbolic link, an unreadable file): only its report. */
    public static ExplainedFile unexplained(FileReport report) {
        return new ExplainedFile(report, List.of());
    }

    /** The rule's label in the text and Markdown: its path under spec, then its name if it has one. */
    static String label(ExplainedRule r) {
        String path = r.path().substring("spec.".length());
        return r.name().isEmpty() ? path : path + " " + ControlChars.escape(r.name());
    }
}
