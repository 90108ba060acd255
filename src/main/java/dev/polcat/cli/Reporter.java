package dev.polcat.cli;

import dev.polcat.build.BuildResult;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.publish.Artifact;
import dev.polcat.publish.ArtifactSink;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** How commands tell the user what happened: diagnostics on stderr, one summary line on stdout. */
final class Reporter {
    private final CommandSpec spec;
    private final boolean annotations;

    Reporter(CommandSpec spec, boolean annotations) {
        this.spec = spec;
        this.annotations = annotations;
    }

    void diagnostics(Diagnostics diags) {
        new DiagnosticPrinter(spec.commandLine().getErr(), annotations).print(diags.merged());
    }

    /** Exit code for a failed run: 2 when input could not be read at all, else 1. */
    int failure(Diagnostics diags) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                "polcat: %d error%s, %d warning%s%n",
                diags.errorCount(),
                diags.errorCount() == 1 ? "" : "s",
                diags.warningCount(),
                diags.warningCount() == 1 ? "" : "s");
        err.flush();
        boolean unreadable =
                diags.all().stream().anyMatch(d -> d.isError() && d.code() == DiagnosticCode.P100_UNREADABLE_INPUT);
        return unreadable ? ExitCode.INPUT.code() : ExitCode.FINDINGS.code();
    }

    /** Passes files on and counts the policy files and pages, for the summary line. */
    static final class Counted implements ArtifactSink {
        private final ArtifactSink next;
        private final java.util.concurrent.atomic.AtomicLong policies = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong pages = new java.util.concurrent.atomic.AtomicLong();

        Counted(ArtifactSink next) {
            this.next = next;
        }

        private final java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();

        long total() {
            return total.get();
        }

        /** download/ENV/ENV-NAME.yaml, but not the bundle, the kustomization, staged variants or the Felix patch. */
        private static boolean isPolicyFile(String p) {
            String[] parts = p.split("/");
            return parts.length == 3
                    && parts[0].equals("download")
                    && parts[2].startsWith(parts[1] + "-")
                    && parts[2].endsWith(".yaml")
                    && !parts[2].endsWith("-all.yaml")
                    && !parts[2].endsWith("-felixconfiguration.yaml");
        }

        @Override
        public void accept(Artifact a) {
            count(a.path());
            next.accept(a);
        }

        @Override
        public void acceptStreamed(String path, Body body) {
            count(path);
            next.acceptStreamed(path, body);
        }

        private void count(String path) {
            total.incrementAndGet();
            if (isPolicyFile(path)) policies.incrementAndGet();
            if (path.endsWith(".html")) pages.incrementAndGet();
        }
    }

    void summary(BuildResult r, Counted counted, long startNanos) {
        double secs = (System.nanoTime() - startNanos) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "built %d environment%s × %d polic%s → %,d policy file%s, %,d page%s in %.1f s%n",
                r.catalog().environments().size(),
                r.catalog().environments().size() == 1 ? "" : "s",
                r.catalog().policies().size(),
                r.catalog().policies().size() == 1 ? "y" : "ies",
                counted.policies.get(),
                counted.policies.get() == 1 ? "" : "s",
                counted.pages.get(),
                counted.pages.get() == 1 ? "" : "s",
                secs);
        out.flush();
    }
}
