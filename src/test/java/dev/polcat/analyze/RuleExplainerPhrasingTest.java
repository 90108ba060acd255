package dev.polcat.analyze;

import static dev.polcat.calico.PolicyType.EGRESS;
import static dev.polcat.calico.PolicyType.INGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polcat.calico.Action;
import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.EntityRule;
import dev.polcat.calico.GlobalNetworkPolicy;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YamlSyntaxError;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** One-line cases for the phrasing that is easiest to get wrong. Each rule is YAML, usually in flow style. */
class RuleExplainerPhrasingTest {
    private static final RuleExplainer EXPLAINER = new RuleExplainer();

    @Test
    void namesIcmpTypesAndCodesPerFamily() {
        assertExplains(
                "{action: Allow, protocol: ICMP, icmp: {type: 8}}",
                INGRESS,
                "Allow inbound ICMP type 8 (echo request) from anywhere");
        assertExplains(
                "{action: Allow, protocol: ICMP, icmp: {type: 3, code: 4}}",
                EGRESS,
                "Allow outbound ICMP type 3 (destination unreachable) code 4 (fragmentation needed) to anywhere");
        assertExplains(
                "{action: Allow, protocol: ICMPv6, icmp: {type: 3}}",
                INGRESS,
                "Allow inbound ICMPv6 type 3 (time exceeded) from anywhere");
        assertExplains(
                "{action: Allow, protocol: 58, icmp: {type: 1, code: 3}}",
                INGRESS,
                "Allow inbound ICMPv6 type 1 (destination unreachable) code 3 (address unreachable) from anywhere");
        assertExplains(
                "{action: Allow, protocol: ICMPv6, icmp: {type: 2}}",
                EGRESS,
                "Allow outbound ICMPv6 type 2 (packet too big) to anywhere");
        assertExplains(
                "{action: Allow, protocol: ICMPv6, icmp: {type: 135}}",
                EGRESS,
                "Allow outbound ICMPv6 type 135 (neighbor solicitation) to anywhere");
        assertExplains(
                "{action: Allow, protocol: ICMP, icmp: {type: 99, code: 1}}",
                INGRESS,
                "Allow inbound ICMP type 99 code 1 from anywhere");
        assertExplains(
                "{action: Allow, protocol: ICMP, icmp: {type: 8, code: 0}}",
                INGRESS,
                "Allow inbound ICMP type 8 (echo request) code 0 from anywhere");
    }

    @Test
    void explainsNotIcmpAsAnException() {
        assertExplains(
                "{action: Deny, protocol: ICMP, notICMP: {type: 0}}",
                INGRESS,
                "Deny inbound ICMP except type 0 (echo reply) from anywhere");
        assertExplains(
                "{action: Allow, protocol: ICMP, icmp: {type: 3}, notICMP: {type: 3, code: 4}}",
                INGRESS,
                "Allow inbound ICMP type 3 (destination unreachable) except type 3 (destination unreachable)"
                        + " code 4 (fragmentation needed) from anywhere");
        assertExplains(
                "{action: Deny, notICMP: {type: 8}}",
                EGRESS,
                "Deny outbound traffic except ICMP type 8 (echo request) to anywhere");
    }

    @Test
    void explainsNotNetsAsAnywhereExcept() {
        assertExplains(
                "{action: Deny, source: {notNets: [10.0.0.0/8]}}",
                INGRESS,
                "Deny inbound traffic from anywhere except 10.0.0.0/8");
        assertExplains(
                "{action: Deny, destination: {notNets: [10.0.0.0/8, 192.168.0.0/16]}}",
                EGRESS,
                "Deny outbound traffic to anywhere except 10.0.0.0/8 or 192.168.0.0/16");
        assertExplains(
                "{action: Allow, destination: {nets: [10.0.0.0/8], notNets: [10.0.0.0/24]}}",
                EGRESS,
                "Allow outbound traffic to 10.0.0.0/8 except 10.0.0.0/24");
        assertExplains(
                "{action: Allow, protocol: TCP, destination: {notNets: [10.0.0.0/8], ports: [443]}}",
                EGRESS,
                "Allow outbound TCP to port 443 on any address except 10.0.0.0/8");
        assertExplains(
                "{action: Allow, destination: {notNets: [10.0.0.1/32]}}",
                INGRESS,
                "Allow inbound traffic to anywhere except 10.0.0.1/32 from anywhere");
    }

    @Test
    void explainsNotSelectorAsAnythingExcept() {
        assertExplains(
                "{action: Deny, source: {notSelector: 'role == \"x\"'}}",
                INGRESS,
                "Deny inbound traffic from anything except endpoints with role = \"x\"");
        // Calico's caveat: !has(k) selects labelled endpoints, notSelector: has(k) matches any packet.
        assertExplains(
                "{action: Allow, source: {selector: '!has(trusted)'}}",
                INGRESS,
                "Allow inbound traffic from endpoints without label trusted");
        assertExplains(
                "{action: Allow, source: {notSelector: 'has(trusted)'}}",
                INGRESS,
                "Allow inbound traffic from anything except endpoints that have label trusted");
        assertExplains(
                "{action: Allow, source: {nets: [10.0.0.0/8], notSelector: 'role == \"web\"'}}",
                INGRESS,
                "Allow inbound traffic from 10.0.0.0/8 except endpoints with role = \"web\"");
        assertExplains(
                "{action: Allow, source: {notSelector: all()}}",
                INGRESS,
                "Allow inbound traffic from anything except any Calico endpoint or network set");
        assertExplains(
                "{action: Deny, protocol: TCP, destination: {notSelector: 'app == \"db\"', ports: [5432]}}",
                EGRESS,
                "Deny outbound TCP to port 5432 on anything except endpoints with app = \"db\"");
    }

    @Test
    void rendersSelectorsFromTheirTree() {
        assertExplains(
                "{action: Allow, source: {selector: all()}}",
                INGRESS,
                "Allow inbound traffic from any Calico endpoint or network set");
        assertExplains(
                "{action: Allow, source: {selector: '!env != \"prod\"'}}",
                INGRESS,
                "Allow inbound traffic from endpoints with env = \"prod\"");
        assertExplains(
                "{action: Allow, source: {selector: 'env != \"prod\" && has(team)'}}",
                INGRESS,
                "Allow inbound traffic from endpoints with not env = \"prod\" and label team");
        assertExplains(
                "{action: Allow, source: {selector: \"role == 'say \\\"hi\\\"'\"}}",
                INGRESS,
                "Allow inbound traffic from endpoints with role = 'say \"hi\"'");
        assertExplains(
                "{action: Allow, destination: {selector: 'a == \"1\" || b == \"2\"', ports: [web]}}",
                EGRESS,
                "Allow outbound traffic to endpoints with (a = \"1\" or b = \"2\") on the named port web");
        assertExplains(
                "{action: Allow, source: {namespaceSelector: ' global() '}}",
                INGRESS,
                "Allow inbound traffic from non-namespaced endpoints and global network sets");
    }

    @Test
    void explainsNamedPortsAndPortLists() {
        assertExplains(
                "{action: Allow, protocol: TCP, destination: {ports: [http]}}",
                INGRESS,
                "Allow inbound TCP to the named port http from anywhere");
        assertExplains(
                "{action: Allow, destination: {ports: [dns]}}",
                EGRESS,
                "Allow outbound traffic to anywhere on the named port dns");
        assertExplains(
                "{action: Allow, protocol: TCP, source: {ports: [metrics]}}",
                INGRESS,
                "Allow inbound TCP from anywhere on the named source port metrics");
        assertExplains(
                "{action: Deny, protocol: TCP, destination: {notPorts: [ssh]}}",
                INGRESS,
                "Deny inbound TCP to any port except the named port ssh from anywhere");
        assertExplains(
                "{action: Allow, protocol: TCP, destination: {ports: [22, http]}}",
                INGRESS,
                "Allow inbound TCP to port 22 and the named port http from anywhere");
        assertExplains(
                "{action: Allow, protocol: TCP, destination: {ports: ['8080']}}",
                INGRESS,
                "Allow inbound TCP to port 8080 from anywhere");
        assertExplains(
                "{action: Allow, protocol: UDP, destination: {ports: ['1000:2000', 3000, 4000]}}",
                EGRESS,
                "Allow outbound UDP to anywhere on ports 1000-2000, 3000 and 4000");
    }

    @Test
    void explainsNotProtocolAsAnyProtocolExcept() {
        assertExplains(
                "{action: Deny, notProtocol: TCP}",
                INGRESS,
                "Deny inbound traffic of any protocol except TCP from anywhere");
        assertExplains(
                "{action: Allow, notProtocol: 47}",
                EGRESS,
                "Allow outbound traffic of any protocol except GRE (protocol 47) to anywhere");
        assertExplains(
                "{action: Allow, ipVersion: 6, notProtocol: ICMPv6}",
                INGRESS,
                "Allow inbound IPv6 traffic of any protocol except ICMPv6 from anywhere");
        assertExplains("{action: Allow, protocol: 253}", INGRESS, "Allow inbound protocol 253 from anywhere");
        assertExplains(
                "{action: Allow, protocol: '17', destination: {ports: [53]}}",
                EGRESS,
                "Allow outbound UDP to anywhere on port 53");
    }

    @Test
    void explainsActionsAndTheOtherSide() {
        assertExplains(
                "{action: Pass, protocol: UDP, destination: {ports: [53]}}",
                EGRESS,
                "Pass outbound UDP to anywhere on port 53, handing it to the next tier");
        assertExplains("{action: Log}", INGRESS, "Log inbound traffic from anywhere");
        assertExplains(
                "{action: Allow, protocol: TCP, destination: {nets: [10.0.0.1/32], ports: [22]}}",
                INGRESS,
                "Allow inbound TCP to port 22 on 10.0.0.1/32 from anywhere");
        assertExplains(
                "{action: Allow, protocol: UDP, source: {ports: [68]}, destination: {ports: [67]}}",
                EGRESS,
                "Allow outbound UDP to anywhere on port 67 from source port 68");
        assertExplains(
                "{action: Allow, destination: {services: {name: web, namespace: shop}}}",
                EGRESS,
                "Allow outbound traffic to the Kubernetes service shop/web");
    }

    @Test
    void explainsHttpMatches() {
        assertExplains(
                """
                action: Allow
                http:
                  methods: [GET, POST]
                  paths: [{exact: /login}, {prefix: /static/}]
                """,
                INGRESS,
                "Allow inbound traffic from anywhere for HTTP GET or POST requests whose path is /login"
                        + " or starts with /static/");
        assertExplains(
                "{action: Allow, http: {}}", INGRESS, "Allow inbound traffic from anywhere for any HTTP request");
    }

    @Test
    void keepsRulesThatFailedToReadOnOneLine() {
        EntityRule odd =
                new EntityRule(List.of(), List.of(), "role == \"a\nb\"", "", "", List.of(), List.of(), null, null);
        Rule rule = new Rule(null, 5, null, null, null, null, odd, null, null, new TreeMap<>());
        assertEquals(
                "Match inbound IP version 5 traffic from endpoints with role = \"a\\nb\"",
                EXPLAINER.explain(rule, INGRESS));
        EntityRule invalid = new EntityRule(List.of(), List.of(), "role = x", "", "", List.of(), List.of(), null, null);
        assertEquals(
                "Deny outbound traffic to endpoints matching the invalid selector role = x",
                EXPLAINER.explain(
                        new Rule(Action.DENY, null, null, null, null, null, null, invalid, null, new TreeMap<>()),
                        EGRESS));
    }

    @Test
    void rejectsMissingArguments() {
        Rule rule = rule("{action: Allow}", INGRESS);
        assertThrows(NullPointerException.class, () -> EXPLAINER.explain(rule, null));
        assertThrows(NullPointerException.class, () -> EXPLAINER.explain(null, INGRESS));
    }

    private static void assertExplains(String ruleYaml, PolicyType direction, String expected) {
        String actual = EXPLAINER.explain(rule(ruleYaml, direction), direction);
        assertEquals(expected, actual, () -> "for the " + direction.yamlName() + " rule " + ruleYaml);
    }

    /** The only rule of a GlobalNetworkPolicy whose {@code direction} list holds {@code ruleYaml}. */
    private static Rule rule(String ruleYaml, PolicyType direction) {
        StringBuilder doc = new StringBuilder("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n");
        doc.append("metadata:\n  name: case\nspec:\n  selector: all()\n  ");
        doc.append(direction == INGRESS ? "ingress" : "egress").append(":\n");
        String[] lines = ruleYaml.strip().split("\n", -1);
        for (int i = 0; i < lines.length; i++)
            doc.append(i == 0 ? "    - " : "      ").append(lines[i]).append('\n');
        List<YNode> docs;
        try {
            docs = new StrictYamlReader().readAll(doc.toString(), "case.yaml");
        } catch (YamlSyntaxError e) {
            throw new AssertionError("test YAML does not parse: " + e.getMessage() + "\n" + doc, e);
        }
        CalicoReader.Result result = new CalicoReader().read(docs.get(0));
        if (!result.errors().isEmpty()) throw new AssertionError("shape errors " + result.errors() + " in\n" + doc);
        GlobalNetworkPolicy policy =
                (GlobalNetworkPolicy) result.resources().get(0).resource();
        return policy.spec().rules(direction).get(0);
    }
}
