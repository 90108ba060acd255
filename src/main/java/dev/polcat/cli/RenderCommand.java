package dev.polcat.cli;

import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.catalog.Catalog;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.render.RenderedPolicy;
import dev.polcat.site.FileHeader;
import dev.polcat.site.YamlBundle;
import dev.polcat.validate.ValidatedPolicy;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = "Print the validated YAML of one environment (every enabled policy, in apply order) or of one "
                + "policy, ready for `calicoctl apply -f -`.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = {"-e", "--env"},
            required = true,
            paramLabel = "ENV",
            description = "The environment to render.")
    String env;

    @Parameters(arity = "0..1", paramLabel = "POLICY", description = "One policy (default: all enabled policies).")
    String policy;

    @Option(
            names = "--raw",
            description = "Print the template's output exactly as rendered, before validation "
                    + "(the text that error positions in rendered/ENV/POLICY.yaml refer to).")
    boolean raw;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter(spec, catalog.annotations());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (raw) return renderRaw(reporter, out, err);
        BuildResult result = new Build().check(catalog.request());
        Catalog c = result.catalog();
        reporter.diagnostics(result.diagnostics());
        if (result.failed()) return reporter.failure(result.diagnostics());
        if (!checkNames(c, err)) return ExitCode.INPUT.code();
        Profile profile = c.environment(env).orElseThrow();
        List<ValidatedPolicy> ordered = result.policies().stream()
                .filter(v -> v.env().name().equals(env))
                .filter(v -> policy == null || v.policy().name().equals(policy))
                .sorted(ValidatedPolicy.APPLY_ORDER)
                .toList();
        if (policy != null && ordered.isEmpty()) {
            err.println("polcat: error: policy '" + policy + "' is not enabled in environment '" + env + "'");
            return ExitCode.INPUT.code();
        }
        FileHeader header = new FileHeader(c.title(), null);
        out.print(
                policy != null
                        ? YamlBundle.policyFile(header, ordered.get(0))
                        : YamlBundle.artifacts(header, profile, ordered)
                                .get(ordered.size())
                                .asText());
        out.flush();
        return ExitCode.OK.code();
    }

    private int renderRaw(Reporter reporter, PrintWriter out, PrintWriter err) {
        Diagnostics diags = new Diagnostics();
        Build build = new Build();
        Catalog c = build.loadOnly(catalog.request(), diags);
        if (diags.hasErrors()) {
            reporter.diagnostics(diags);
            return reporter.failure(diags);
        }
        if (!checkNames(c, err)) return ExitCode.INPUT.code();
        List<PolicyTemplate> policies =
                policy == null ? c.policies() : List.of(c.policy(policy).orElseThrow());
        List<RenderedPolicy> rendered =
                build.renderRaw(catalog.request(), c, c.environment(env).orElseThrow(), policies, diags);
        // The text comes from the catalog (in CI, from a pull request): keep control characters and
        // workflow commands in it from acting on the terminal or the CI runner.
        String token = catalog.annotations() ? "polcat-raw-" + Long.toHexString(new SecureRandom().nextLong()) : "";
        if (!token.isEmpty()) out.println("::stop-commands::" + token);
        for (RenderedPolicy p : rendered) {
            // One policy: its text exactly, so line numbers are those messages give for the rendered file.
            if (policy == null) out.println("# --- " + p.renderedFile() + " (raw template output) ---");
            p.text().lines().forEach(l -> out.println(DiagnosticPrinter.safe(l)));
        }
        if (!token.isEmpty()) out.println("::" + token + "::");
        out.flush();
        reporter.diagnostics(diags);
        return diags.hasErrors() ? reporter.failure(diags) : ExitCode.OK.code();
    }

    /** No dangling "; " when there is nothing to suggest. */
    private static String withHint(String message, String hint) {
        return hint.isEmpty() ? message : message + "; " + hint;
    }

    private boolean checkNames(Catalog c, PrintWriter err) {
        if (c.environment(env).isEmpty()) {
            err.println(UnknownEnvironment.message(env, c));
            return false;
        }
        if (policy != null && c.policy(policy).isEmpty()) {
            err.println(withHint(
                    "polcat: error: unknown policy '" + DiagnosticPrinter.safe(policy) + "'",
                    Suggestions.hint(
                            policy,
                            c.policies().stream().map(PolicyTemplate::name).toList())));
            return false;
        }
        return true;
    }
}
