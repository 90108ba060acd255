package dev.polcat.cli;

import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.FlowSyntax;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.analyze.verify.EnvironmentFlows;
import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.validate.ValidatedPolicy;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "why",
        mixinStandardHelpOptions = true,
        description = "Is this flow allowed, and why? Simulates one flow through the environment's policies and prints "
                + "the verdict with its trail. FROM and TO are host names, workloads (namespace/name), addresses or networks; "
                + "SERVICE is tcp/22, udp/53, icmp, icmp/8 or any. A flow to a host is checked on that host's endpoint (ingress); "
                + "from a host, on its endpoint (egress). A flow with a workload at one end and a host or workload at the other "
                + "goes through both: the source's egress policy, then the destination's ingress policy.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Allowed", "1:Denied", "2:Bad usage, unreadable input, or a catalog with errors"})
final class WhyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalog;

    @Option(
            names = {"-e", "--env"},
            required = true,
            paramLabel = "ENV",
            description = "The environment.")
    String env;

    @Parameters(index = "0", paramLabel = "FROM")
    String from;

    @Parameters(index = "1", paramLabel = "TO")
    String to;

    @Parameters(index = "2", paramLabel = "SERVICE")
    String service;

    @Option(names = "--via", paramLabel = "HOST", description = "Forwarded by this host.")
    String via;

    @Option(
            names = "--staged",
            description = "Answer as if every staged policy were enforced (stagedAction Set replaces the "
                    + "policy of the same name, Delete removes it).")
    boolean staged;

    /** Which failsafe ports the simulation assumes. */
    enum FailsafeMode {
        on,
        off,
        profile
    }

    @Option(
            names = "--failsafe",
            defaultValue = "profile",
            paramLabel = "on|off|profile",
            description = "Felix's failsafe ports as the environment's profile configures them (profile, the default), "
                    + "Felix's default list whatever the profile says (on), or none (off).")
    FailsafeMode failsafe;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BuildResult r = new Build().check(catalog.request());
        if (r.failed()) {
            // No answer from a catalog with errors: a verdict from settings that do not parse would be wrong.
            Reporter reporter = new Reporter(spec, catalog.annotations());
            reporter.diagnostics(r.diagnostics());
            reporter.failure(r.diagnostics());
            return ExitCode.INPUT.code();
        }
        Profile p = r.catalog().environment(env).orElse(null);
        if (p == null) {
            String hint = Suggestions.hint(
                    env, r.catalog().environments().stream().map(Profile::name).toList());
            err.println("polcat: error: unknown environment '" + DiagnosticPrinter.safe(env) + "'"
                    + (hint.isEmpty() ? "" : "; " + hint));
            return ExitCode.INPUT.code();
        }
        List<ValidatedPolicy> policies =
                r.policies().stream().filter(v -> v.env().name().equals(env)).toList();
        Diagnostics problems = new Diagnostics();
        EnvironmentFlows flows = new EnvironmentFlows(p, policies, problems::add);
        if (problems.hasErrors()) {
            // Never answer from settings that did not parse: Felix would refuse them.
            Reporter reporter = new Reporter(spec, catalog.annotations());
            reporter.diagnostics(problems);
            reporter.failure(problems);
            return ExitCode.INPUT.code();
        }
        Flow flow;
        try {
            boolean fromEndpoint = p.host(from).isPresent() || p.workload(from).isPresent();
            boolean toEndpoint = p.host(to).isPresent() || p.workload(to).isPresent();
            boolean pod = p.workload(from).isPresent() || p.workload(to).isPresent();
            String direction = via != null
                    ? "forward"
                    : pod && fromEndpoint && toEndpoint ? "path" : toEndpoint ? "ingress" : "egress";
            if (via == null && !fromEndpoint && !toEndpoint) {
                throw new IllegalArgumentException("neither '" + from + "' nor '" + to + "' is a host "
                        + (p.workloads().isEmpty() ? "" : "or workload ")
                        + "of " + env + " (hosts: "
                        + String.join(", ", p.hosts().stream().map(Host::name).toList())
                        + (p.workloads().isEmpty()
                                ? ""
                                : "; workloads: "
                                        + String.join(
                                                ", ",
                                                p.workloads().stream()
                                                        .map(Workload::ref)
                                                        .toList()))
                        + ")");
            }
            String f = from.equals("anywhere") ? "0.0.0.0/0" : from;
            String t = to.equals("anywhere") ? "0.0.0.0/0" : to;
            flow = FlowSyntax.parse(
                    direction + " " + service + " from " + f + " to " + t + (via == null ? "" : " via " + via));
            Verdict v = simulator(flows).simulate(flow);
            PrintWriter out = spec.commandLine().getOut();
            out.println(flow.describe() + " in " + env
                    + switch (failsafe) {
                        case off -> " (failsafe ports off)";
                        case on -> " (Felix's default failsafe ports)";
                        case profile -> "";
                    }
                    + (staged ? " with every staged policy enforced" : ""));
            out.println(v.explain());
            v.trailText().lines().forEach(l -> out.println("  " + l));
            out.flush();
            return v.allowed() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
        } catch (IllegalArgumentException e) {
            err.println("polcat: error: " + DiagnosticPrinter.safe(e.getMessage()));
            return ExitCode.INPUT.code();
        }
    }

    private FlowSimulator simulator(EnvironmentFlows flows) {
        FlowSimulator sim = staged ? flows.staged() : flows.simulator();
        return switch (failsafe) {
            case off -> sim.withFailsafe(FailsafePorts.disabled());
            case on -> sim.withFailsafe(FailsafePorts.defaults());
            case profile -> sim;
        };
    }
}
