package dev.polcat.cli;

import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Simulation;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.analyze.verify.EnvironmentFlows;
import dev.polcat.build.Build;
import dev.polcat.build.BuildResult;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.validate.ValidatedPolicy;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
            err.println(UnknownEnvironment.message(env, r.catalog()));
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
        boolean fromEndpoint = p.host(from).isPresent() || p.workload(from).isPresent();
        boolean toEndpoint = p.host(to).isPresent() || p.workload(to).isPresent();
        boolean pod = p.workload(from).isPresent() || p.workload(to).isPresent();
        if (via == null && !fromEndpoint && !toEndpoint) {
            return error("neither '" + from + "' nor '" + to + "' is a host "
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
        Flow flow;
        try { // the command line's FROM, TO, SERVICE and --via, read once here
            FlowService svc = argument("SERVICE", service, FlowService::parse);
            Endpoint f = argument("FROM", from, WhyCommand::endpoint);
            Endpoint t = argument("TO", to, WhyCommand::endpoint);
            flow = via != null
                    ? Flow.forward(f, t, argument("--via", via, Endpoint.HostName::new), svc)
                    : pod && fromEndpoint && toEndpoint
                            ? Flow.path(f, t, svc)
                            : toEndpoint ? Flow.ingress(f, t, svc) : Flow.egress(f, t, svc);
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        Simulation simulated = simulator(flows).evaluate(flow);
        if (simulated instanceof Simulation.Refused refused) return error(refused.reason());
        Verdict v = (Verdict) simulated;
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
    }

    /** {@code anywhere}, an address or network, a workload (namespace/name), or a host name. */
    private static Endpoint endpoint(String text) {
        return Endpoint.parse(text.equals("anywhere") ? "0.0.0.0/0" : text);
    }

    /** One argument read; a mistake in it is an IllegalArgumentException naming the argument. */
    private static <T> T argument(String name, String text, Function<String, T> read) {
        try {
            return read.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " '" + text + "': " + e.getMessage(), e);
        }
    }

    private int error(String message) {
        spec.commandLine().getErr().println("polcat: error: " + DiagnosticPrinter.safe(message));
        return ExitCode.INPUT.code();
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
