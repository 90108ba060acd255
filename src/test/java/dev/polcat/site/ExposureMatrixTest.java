package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.analyze.ExposureGrant;
import dev.polcat.analyze.ExposureRow;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Grouping of endpoints with identical exposure and the merging of sources within a cell. */
class ExposureMatrixTest {
    private static final List<ExposureMatrix.Endpoint> ENDPOINTS = List.of(
            new ExposureMatrix.Endpoint("cp-1", false, "control-plane", List.of(Cidr.of("10.0.1.1"))),
            new ExposureMatrix.Endpoint("cp-2", false, "control-plane", List.of(Cidr.of("10.0.1.2"))),
            new ExposureMatrix.Endpoint("etcd-1", false, "etcd", List.of(Cidr.of("10.0.2.1"))),
            new ExposureMatrix.Endpoint("etcd-2", false, "etcd", List.of(Cidr.of("10.0.2.2"))),
            new ExposureMatrix.Endpoint("shop/web-0", true, "shop/web", List.of(Cidr.of("10.1.0.7"))));

    private static ExposureRow net(String host, String svc, String label, String cidr, String rule) {
        return new ExposureRow(
                host,
                svc,
                label,
                cidr,
                "policy p spec.ingress[0] (" + rule + ") matched Allow",
                "p",
                "spec.ingress[0]",
                IpNet.of(cidr));
    }

    private static ExposureRow peer(String host, String svc, String from, String rule) {
        return new ExposureRow(
                host,
                svc,
                from.contains("/") ? "workload" : "host",
                from,
                "policy p spec.ingress[1] (" + rule + ") matched Allow",
                "p",
                "spec.ingress[1]",
                null);
    }

    private static ExposureMatrix.Matrix matrix(List<ExposureRow> rows) {
        return ExposureMatrix.of(
                rows.stream().map(ExposureGrant::of).toList(), ENDPOINTS, (policy, rule) -> "p.html#" + rule);
    }

    /** Each source of a cell as "label [details]". */
    private static List<String> cell(ExposureMatrix.Group g, String svc) {
        return g.cells().getOrDefault(svc, List.of()).stream()
                .map(s -> s.label() + (s.anywhere() ? "" : " " + s.details()))
                .toList();
    }

    @Test
    void endpointsWithTheSameExposureShareARowNamedByTheirRole() {
        var m = matrix(List.of(
                net("cp-1", "tcp/22", "mgmt", "10.30.0.0/24", "ssh"),
                net("cp-2", "tcp/22", "mgmt", "10.30.0.0/24", "ssh"),
                net("etcd-1", "tcp/2379", "mgmt", "10.30.0.0/24", "etcd")));
        assertEquals(
                List.of("control-plane", "etcd"),
                m.groups().stream().map(ExposureMatrix.Group::label).toList());
        assertEquals(List.of("cp-1", "cp-2"), m.groups().get(0).members());
        assertEquals(
                List.of("exposure-1", "exposure-2"),
                m.groups().stream().map(ExposureMatrix.Group::id).toList());
    }

    @Test
    void differentExposureSplitsARoleAndIdenticalExposureAcrossRolesMerges() {
        var m = matrix(List.of(
                net("cp-1", "tcp/22", "mgmt", "10.30.0.0/24", "ssh"),
                net("cp-2", "tcp/6443", "mgmt", "10.30.0.0/24", "api"),
                net("etcd-1", "tcp/22", "mgmt", "10.30.0.0/24", "ssh")));
        Map<String, List<String>> members = m.groups().stream()
                .collect(Collectors.toMap(ExposureMatrix.Group::label, ExposureMatrix.Group::members));
        assertEquals(
                Map.of("control-plane, etcd", List.of("cp-1", "etcd-1"), "control-plane", List.of("cp-2")), members);
    }

    @Test
    void anywhereIsShownOnceAndHidesEveryNarrowerSource() {
        var m = matrix(List.of(
                net("cp-1", "icmp", "anywhere", "0.0.0.0/0", "icmp-v4"),
                        net("cp-1", "icmp", "anywhere", "::/0", "icmp-v6"),
                net("cp-1", "icmp", "mgmt", "10.30.0.0/24", "icmp-mgmt"),
                        peer("cp-1", "icmp", "etcd-1", "icmp-peers")));
        var g = m.groups().get(0);
        assertEquals(List.of("anywhere"), cell(g, "icmp"));
        var source = g.cells().get("icmp").get(0);
        assertEquals(true, source.anywhere());
        assertEquals(
                List.of("p: icmp-v4", "p: icmp-v6"),
                source.rules().stream().map(ExposureMatrix.RuleLink::text).toList());
        assertEquals("p.html#spec.ingress[0]", source.rules().get(0).href());
    }

    @Test
    void aBroaderNetworkHidesNarrowerNetworksAndTheEndpointsInsideIt() {
        var m = matrix(List.of(
                net("cp-1", "tcp/2379", "nodes", "10.0.0.0/16", "nodes"),
                net("cp-1", "tcp/2379", "etcdNet", "10.0.2.0/24", "etcd-net"),
                peer("cp-1", "tcp/2379", "etcd-1", "peers"),
                peer("cp-1", "tcp/2379", "shop/web-0", "pods"),
                net("cp-1", "tcp/2379", "office", "192.168.0.0/24", "office")));
        assertEquals(
                List.of("nodes [10.0.0.0/16]", "office [192.168.0.0/24]", "shop/web [shop/web-0]"),
                cell(m.groups().get(0), "tcp/2379"));
    }

    @Test
    void peersAreNamedByTheirGroupSoEachEtcdMemberMatchesTheOthers() {
        var m = matrix(List.of(
                peer("etcd-1", "tcp/2380", "etcd-2", "peer-in"), peer("etcd-2", "tcp/2380", "etcd-1", "peer-in")));
        assertEquals(1, m.groups().size());
        assertEquals(List.of("etcd-1", "etcd-2"), m.groups().get(0).members());
        assertEquals(List.of("etcd [etcd-1, etcd-2]"), cell(m.groups().get(0), "tcp/2380"));
    }

    @Test
    void servicesAreColumnsInNaturalOrderAndWorkloadsComeAfterHosts() {
        var m = matrix(List.of(
                net("shop/web-0", "tcp/8080", "anywhere", "0.0.0.0/0", "web"),
                        net("cp-1", "tcp/6443", "mgmt", "10.30.0.0/24", "api"),
                net("cp-1", "tcp/22", "mgmt", "10.30.0.0/24", "ssh"),
                        net("cp-1", "udp/53", "mgmt", "10.30.0.0/24", "dns")));
        assertEquals(List.of("tcp/22", "tcp/6443", "tcp/8080", "udp/53"), m.services());
        assertEquals(
                List.of(false, true),
                m.groups().stream().map(ExposureMatrix.Group::workloads).toList());
    }

    @Test
    void felixFailsafeAndNamespaceProfilesGetShortNames() {
        assertEquals(
                "Felix failsafe port",
                ExposureMatrix.ruleName("by Felix failsafe tcp:22 (inbound; no policy can deny it)"));
        assertEquals(
                "no policy: the namespace allows all",
                ExposureMatrix.ruleName(
                        "by profile kns.shop: every tier passed (ingress), and Calico's profile of namespace shop allows all"));
        assertEquals(
                "failsafe: spec.ingress[3]", ExposureMatrix.ruleName("policy failsafe spec.ingress[3] matched Allow"));
    }

    /** A source naming no endpoint of the page leaves its service in the row's cells, with nothing in it. */
    @Test
    void aCellWhoseOnlySourceNamesNoKnownEndpointStaysEmpty() {
        var m = matrix(List.of(
                peer("cp-1", "tcp/179", "gone-1", "bgp"), net("cp-1", "tcp/22", "mgmt", "10.30.0.0/24", "ssh")));
        var g = m.groups().get(0);
        assertEquals(List.of("tcp/22", "tcp/179"), List.copyOf(g.cells().keySet()));
        assertEquals(List.of(), g.cells().get("tcp/179"));
    }
}
