package dev.polcat.analyze.verify;

import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.flow.Endpoint;
import dev.polcat.analyze.flow.Flow;
import dev.polcat.analyze.flow.FlowSimulator;
import dev.polcat.analyze.flow.Simulation;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The flows no change may break, from the profile's {@code guard:} section (written independently of
 * the policy values, so a typo in either is caught) and from the parameters a policy marks with
 * {@code guard:}: for every host, SSH from each management network, TCP to each datastore endpoint, and
 * BGP to and from each peer network; and every path the profile's {@code guard.workloads} lists for pods
 * (DNS, the API server...), for each workload its selectors match. Each must be allowed
 * both with the environment's failsafe ports and with failsafe ports turned off — the state Calico's
 * guide recommends once a tailored failsafe policy is in place.
 */
public final class LockoutGuard {
    private LockoutGuard() {}

    /** A guarded flow and the profile value it comes from. */
    /** {@code net}: the peer parsed when the profile was read. */
    record Guarded(int port, String peer, IpNet net, boolean inbound, String what, SourcePos pos) {
        FlowService service() {
            return FlowService.tcp(port);
        }

        /** The peer as a flow's end. */
        Endpoint peerEndpoint() {
            return net.isSingleAddress() ? new Endpoint.Ip(net) : new Endpoint.Cidr(net);
        }
    }

    public static List<FlowCheck> check(
            Profile env, List<PolicyTemplate> enabled, FlowSimulator normal, FlowSimulator noFailsafe) {
        return check(env, enabled, normal, noFailsafe, d -> {});
    }

    /** {@code problems} gets a guarded path that cannot be checked (a selector that matches no workload). */
    public static List<FlowCheck> check(
            Profile env,
            List<PolicyTemplate> enabled,
            FlowSimulator normal,
            FlowSimulator noFailsafe,
            Consumer<Diagnostic> problems) {
        List<FlowCheck> out = new ArrayList<>();
        for (Guarded g : guarded(env, enabled)) {
            for (Host h : env.hosts()) {
                if (!sameFamily(h, g.net())) continue;
                Endpoint host = new Endpoint.HostName(h.name());
                Flow f = g.inbound()
                        ? Flow.ingress(g.peerEndpoint(), host, g.service())
                        : Flow.egress(host, g.peerEndpoint(), g.service());
                String req = h.name() + " keeps " + g.what();
                out.add(FlowCheck.guard(req, f, FlowCheck.Failsafe.OFF, noFailsafe.simulate(f), g.pos()));
                out.add(FlowCheck.guard(req, f, FlowCheck.Failsafe.PROFILE, normal.simulate(f), g.pos()));
            }
        }
        for (ExpectedFlow path : env.guard().workloads()) out.addAll(path(env, path, normal, noFailsafe, problems));
        return out;
    }

    /**
     * A path pods need ({@code guard.workloads}), for every endpoint its selectors match. Felix's failsafe ports
     * apply to host endpoints only, so a path between pods cannot be saved by them; one that crosses a host's
     * endpoint (pods to the API server on a control-plane host) may hold today only thanks to them.
     */
    private static List<FlowCheck> path(
            Profile env,
            ExpectedFlow path,
            FlowSimulator normal,
            FlowSimulator noFailsafe,
            Consumer<Diagnostic> problems) {
        List<FlowCheck> out = new ArrayList<>();
        FlowRequest.Requested requested = FlowRequest.flows(env, path);
        if (requested instanceof FlowRequest.Bad bad) {
            problems.accept(cannotCheck(env, bad.pos(), path.describe(), bad.message()));
            return out;
        }
        String what = path.service() + " from " + path.from() + " to " + path.to() + " ("
                + (path.reason().isEmpty() ? "" : path.reason() + "; ") + "guard.workloads)";
        for (Flow f : ((FlowRequest.Flows) requested).flows()) {
            String req = FlowFailures.hostOf(f) + " keeps " + what;
            Simulation off = noFailsafe.evaluate(f);
            Simulation on = normal.evaluate(f);
            if (off instanceof Simulation.Refused r) {
                problems.accept(cannotCheck(env, path.pos(), f.describe(), r.reason()));
                continue;
            }
            out.add(FlowCheck.guard(req, f, FlowCheck.Failsafe.OFF, (Verdict) off, path.pos()));
            out.add(FlowCheck.guard(req, f, FlowCheck.Failsafe.PROFILE, (Verdict) on, path.pos()));
        }
        return out;
    }

    private static Diagnostic cannotCheck(Profile env, SourcePos pos, String what, String why) {
        return Diagnostic.error(
                        DiagnosticCode.P107_INVALID_VALUE, pos, "guard.workloads: cannot check " + what + ": " + why)
                .inEnv(env.name());
    }

    static List<Guarded> guarded(Profile env, List<PolicyTemplate> enabled) {
        Map<String, Guarded> out = new LinkedHashMap<>();
        var declared = env.guard();
        for (var t : declared.management()) {
            out.putIfAbsent(
                    "tcp/22" + t.address() + true,
                    new Guarded(
                            22,
                            t.address(),
                            t.net(),
                            true,
                            "management SSH from " + t.address() + " (guard.management)",
                            t.pos()));
        }
        for (var t : declared.datastore()) {
            out.putIfAbsent(
                    "tcp/" + t.port() + t.address() + false,
                    new Guarded(
                            t.port(),
                            t.address(),
                            t.net(),
                            false,
                            "the datastore at " + t.address() + " port " + t.port() + " (guard.datastore)",
                            t.pos()));
        }
        for (var t : declared.bgp()) {
            out.putIfAbsent(
                    "tcp/179" + t.address() + true,
                    new Guarded(179, t.address(), t.net(), true, "BGP from " + t.address() + " (guard.bgp)", t.pos()));
            out.putIfAbsent(
                    "tcp/179" + t.address() + false,
                    new Guarded(179, t.address(), t.net(), false, "BGP to " + t.address() + " (guard.bgp)", t.pos()));
        }
        for (PolicyTemplate p : enabled) {
            for (ParameterDecl d : p.doc().parameters()) {
                if (d.guard().isEmpty()) continue;
                ParamValue v = env.value(p.name(), d.name()).orElse(d.defaultValue());
                if (v == null) continue;
                for (ParamValue item : items(v)) {
                    for (Guarded g : roles(d, item)) out.putIfAbsent("tcp/" + g.port() + g.peer() + g.inbound(), g);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<Guarded> roles(ParameterDecl d, ParamValue item) {
        List<Guarded> out = new ArrayList<>();
        switch (d.guard()) {
            case "management" ->
                address(item)
                        .ifPresent(a -> out.add(new Guarded(
                                22,
                                a.value(),
                                a.net(),
                                true,
                                "management SSH from " + a.value() + " (" + d.name() + ")",
                                item.pos())));
            case "bgp" ->
                address(item).ifPresent(a -> {
                    out.add(new Guarded(
                            179,
                            a.value(),
                            a.net(),
                            true,
                            "BGP from " + a.value() + " (" + d.name() + ")",
                            item.pos()));
                    out.add(new Guarded(
                            179, a.value(), a.net(), false, "BGP to " + a.value() + " (" + d.name() + ")", item.pos()));
                });
            case "datastore" -> {
                ParamValue ip =
                        item instanceof ParamValue.RecordValue r ? r.fields().get("ip") : item;
                List<Integer> ports = new ArrayList<>();
                if (item instanceof ParamValue.RecordValue r
                        && r.fields().get("ports") instanceof ParamValue.ListValue l) {
                    l.items().forEach(x -> {
                        if (x instanceof ParamValue.PortValue pv) ports.add(pv.min());
                    });
                }
                if (ports.isEmpty()) ports.add(2379);
                if (ip != null) {
                    address(ip)
                            .ifPresent(a -> ports.forEach(port -> out.add(new Guarded(
                                    port,
                                    a.value(),
                                    a.net(),
                                    false,
                                    "the datastore at " + a.value() + " port " + port + " (" + d.name() + ")",
                                    ip.pos()))));
                }
            }
            default -> {}
        }
        return out;
    }

    private static List<ParamValue> items(ParamValue v) {
        return v instanceof ParamValue.ListValue l ? l.items() : List.of(v);
    }

    private static Optional<ParamValue.Address> address(ParamValue v) {
        return v instanceof ParamValue.Address a ? Optional.of(a) : Optional.empty();
    }

    private static boolean sameFamily(Host h, IpNet peer) {
        int version = peer.version();
        return h.ips().stream()
                .anyMatch(ip -> ip.parsed().map(n -> n.version() == version).orElse(false));
    }
}
