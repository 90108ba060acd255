package dev.polcat.analyze.verify;

import dev.polcat.analyze.ExposureGrant;
import dev.polcat.analyze.ExposureGrants;
import dev.polcat.analyze.ExposureRow;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.StagedPolicy;
import dev.polcat.catalog.FailsafeEntry;
import dev.polcat.catalog.FailsafeList;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One environment's flow checks, simulated: expected flows, the lockout guard, and the exposure report.
 * Builds the simulator once (and once more with failsafe ports off) and reuses it for every flow.
 */
public final class EnvironmentFlows {
    private final Profile env;
    private final List<PolicyTemplate> enabled;
    private final List<CalicoResource> resources;
    private final FlowSimulator simulator;
    private final FlowSimulator noFailsafe;

    public EnvironmentFlows(Profile env, List<ValidatedPolicy> policies, Consumer<Diagnostic> problems) {
        this.env = env;
        this.enabled = policies.stream().map(ValidatedPolicy::policy).toList();
        List<CalicoResource> all = new ArrayList<>();
        policies.forEach(v -> all.addAll(v.resources()));
        this.resources = List.copyOf(all);
        this.simulator =
                new FlowSimulator(resources, env.hosts(), env.namespaces(), env.workloads(), failsafe(env, problems));
        this.noFailsafe = simulator.withFailsafe(FailsafePorts.disabled());
    }

    /** Each list parsed on its own, so a bad one is reported at its own line of the profile. */
    public static FailsafePorts failsafe(Profile env, Consumer<Diagnostic> problems) {
        var s = env.failsafe();
        FailsafePorts defaults = FailsafePorts.defaults();
        var inbound = list(env, "inbound", s.inboundList(), defaults.inbound(), s.inboundPos(), problems);
        var outbound = list(env, "outbound", s.outboundList(), defaults.outbound(), s.outboundPos(), problems);
        return new FailsafePorts(inbound, outbound);
    }

    /** {@code read}: the profile's list, read when it was loaded; null keeps Felix's {@code fallback}. */
    private static List<FailsafeEntry> list(
            Profile env,
            String key,
            FailsafeList.Reading read,
            List<FailsafeEntry> fallback,
            SourcePos pos,
            Consumer<Diagnostic> problems) {
        if (read == null) return fallback;
        if (read.ok()) return read.entries();
        problems.accept(Diagnostic.error(
                        DiagnosticCode.P107_INVALID_VALUE,
                        pos == null ? env.pos() : pos,
                        "failsafe." + key + ": " + read.error())
                .inEnv(env.name())
                .withHint("Felix would refuse to start; use its format: tcp:22,udp:68,tcp:10.0.0.0/8:22 or none"));
        return fallback;
    }

    /** Whether the environment has staged policies, so that {@link #staged()} can differ from {@link #simulator()}. */
    public boolean hasStaged() {
        return resources.stream().anyMatch(r -> r instanceof StagedPolicy);
    }

    /** The simulator with every staged policy enforced (Set replaces, Delete removes), the environment's failsafe ports. */
    public FlowSimulator staged() {
        return new FlowSimulator(resources, env.hosts(), env.namespaces(), env.workloads(), simulator.failsafe(), true);
    }

    public FlowSimulator simulator() {
        return simulator;
    }

    public FlowSimulator withoutFailsafe() {
        return noFailsafe;
    }

    public List<FlowCheck> expectations(Consumer<Diagnostic> problems) {
        return FlowChecks.expectations(env, enabled, simulator, problems);
    }

    public List<FlowCheck> lockout() {
        return LockoutGuard.check(env, enabled, simulator, noFailsafe);
    }

    /** The lockout guard; {@code problems} gets a guarded workload path that cannot be checked. */
    public List<FlowCheck> lockout(Consumer<Diagnostic> problems) {
        return LockoutGuard.check(env, enabled, simulator, noFailsafe, problems);
    }

    int policyCount() {
        return (int) resources.stream().filter(r -> r instanceof PolicyResource).count();
    }

    public List<Probe> probes() {
        return FlowMatrix.probes(env, resources, simulator.failsafe());
    }

    /**
     * Host to host probes stop at this many endpoint pairs (about 450 hosts and workloads); beyond it the
     * report covers networks only and says so. The work grows with the pairs' classes, not their number, but
     * each pair is classified once, and the classifier keeps what every rule covers of each source.
     */
    public static final long MAX_PEER_PAIRS = 200_000;

    /**
     * The exposure report: the allowed systematic flows, as grants, and the probes that could not be
     * simulated (each a row the report may lack, so it says how many). {@code peers}: whether the other
     * endpoints were probed as sources too ({@link #MAX_PEER_PAIRS}).
     */
    public record Exposure(List<ExposureGrant> grants, List<FlowMatrix.Skipped> skipped, boolean peers) {
        public Exposure {
            grants = ExposureGrants.of(grants);
            skipped = List.copyOf(skipped);
        }

        /** The report spelled out, one row per host, service and source. */
        public List<ExposureRow> rows() {
            return grants.stream().flatMap(g -> g.rows().stream()).toList();
        }
    }

    /** The exposure report: from every declared network, and from the other endpoints up to {@link #MAX_PEER_PAIRS}. */
    public Exposure exposureReport() {
        return ExposureScan.scan(env, resources, simulator, ExposureScan.peerPairs(env) <= MAX_PEER_PAIRS);
    }
}
