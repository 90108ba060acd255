package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.FailsafeSettings;
import dev.polcat.catalog.FlowPeer;
import dev.polcat.catalog.FlowService;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.LockoutTargets;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.Workload;
import dev.polcat.diag.SourcePos;
import dev.polcat.net.Cidr;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A written flow becomes typed flows, made through Flow's factories (no text built and parsed back), or a
 * {@link FlowRequest.Bad} value carrying the position it was written at.
 */
class FlowRequestTest {
    private static final SourcePos POS = new SourcePos("profiles/prod.yaml", 12, 7);

    private static final Profile PROD = new Profile(
            "prod",
            "Prod",
            "",
            false,
            List.of("prod"),
            Map.of(),
            Map.of(),
            List.of(
                    new Host("cp-1", "eth0", Cidr.all(List.of("10.0.0.1")), new TreeMap<>(Map.of("role", "cp")), POS),
                    new Host(
                            "w-1",
                            "eth0",
                            Cidr.all(List.of("10.0.0.2", "fd00::2")),
                            new TreeMap<>(Map.of("role", "worker")),
                            POS)),
            List.of(),
            List.of(new Workload(
                    "api-0",
                    "shop",
                    new TreeMap<>(Map.of("app", "api")),
                    "api",
                    new TreeMap<>(),
                    Cidr.all(List.of("10.1.0.1")),
                    "w-1",
                    List.of(),
                    POS)),
            List.of(),
            FailsafeSettings.DEFAULTS,
            LockoutTargets.NONE,
            POS,
            List.of());

    static Stream<Arguments> requests() {
        return Stream.of(
                row("tcp/22", "10.0.0.0/8", "cp-1", null, "ingress tcp/22 from 10.0.0.0/8 to cp-1"),
                row("tcp/2379", "cp-1", "10.2.0.11", null, "egress tcp/2379 from cp-1 to 10.2.0.11"),
                row(
                        "tcp/179",
                        "cp-1",
                        "w-1",
                        null,
                        "ingress tcp/179 from cp-1 to w-1 | egress tcp/179 from cp-1 to w-1"),
                row(
                        "tcp/22",
                        "anywhere",
                        "w-1",
                        null,
                        "ingress tcp/22 from 0.0.0.0/0 to w-1 | ingress tcp/22 from ::/0 to w-1"),
                row("udp/53", "shop/api-0", "cp-1", null, "path udp/53 from shop/api-0 to cp-1"),
                row("icmp/8", "shop/api-0", "10.0.0.0/8", null, "egress icmp/8 from shop/api-0 to 10.0.0.0/8"),
                row("any", "10.0.0.0/8", "shop/api-0", null, "ingress any from 10.0.0.0/8 to shop/api-0"),
                row(
                        "tcp/443",
                        "0.0.0.0/0",
                        "10.1.0.1",
                        FlowPeer.of("w-1"),
                        "forward tcp/443 from 0.0.0.0/0 to 10.1.0.1 via w-1"),
                Arguments.of(
                        "hosts selector",
                        flow("tcp/22", FlowPeer.of("10.0.0.0/8"), FlowPeer.hosts("has(role)"), null),
                        "ingress tcp/22 from 10.0.0.0/8 to cp-1 | ingress tcp/22 from 10.0.0.0/8 to w-1"),
                Arguments.of(
                        "workloads selector",
                        flow("tcp/8080", FlowPeer.of("w-1"), FlowPeer.workloads("app == 'api'", "shop"), null),
                        "path tcp/8080 from w-1 to shop/api-0"),
                row(
                        "tcp/22",
                        "10.0.0.1",
                        "10.0.0.2",
                        null,
                        "bad profiles/prod.yaml:12:7: neither '10.0.0.1' nor '10.0.0.2' is a host or workload of prod; "
                                + "hosts: cp-1, w-1; workloads: shop/api-0"),
                row("tcp/22", "a/b/c", "cp-1", null, "bad profiles/prod.yaml:12:7: 'a/b/c' is not namespace/name"),
                Arguments.of(
                        "no host matches",
                        flow("tcp/22", FlowPeer.of("10.0.0.0/8"), FlowPeer.hosts("role == 'db'"), null),
                        "bad profiles/prod.yaml:12:7: no host of prod matches role == 'db'"),
                Arguments.of(
                        "no workload matches",
                        flow("tcp/22", FlowPeer.of("10.0.0.0/8"), FlowPeer.workloads("app == 'api'", "web"), null),
                        "bad profiles/prod.yaml:12:7: no workload of prod matches app == 'api' in namespace web"),
                Arguments.of(
                        "bad selector",
                        flow("tcp/22", FlowPeer.of("10.0.0.0/8"), FlowPeer.hosts("role =="), null),
                        "bad profiles/prod.yaml:12:7: invalid hosts selector: expected a quoted string at position 7, found the end of the selector"));
    }

    private static Arguments row(String service, String from, String to, FlowPeer via, String expected) {
        return Arguments.of(
                service + " from " + from + " to " + to,
                flow(service, FlowPeer.of(from), FlowPeer.of(to), via),
                expected);
    }

    private static ExpectedFlow flow(String service, FlowPeer from, FlowPeer to, FlowPeer via) {
        return new ExpectedFlow(
                true, service, FlowService.parse(service), from, to, via, "", POS, "profiles/prod.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aWrittenFlowBecomesFlowsOrABadValueWithItsPosition(String name, ExpectedFlow e, String expected) {
        FlowRequest.Requested r = FlowRequest.flows(PROD, e);
        String got = r instanceof FlowRequest.Bad b
                ? "bad " + b.pos() + ": " + b.message()
                : ((FlowRequest.Flows) r)
                        .flows().stream().map(x -> x.describe()).collect(Collectors.joining(" | "));
        assertEquals(expected, got);
    }
}
