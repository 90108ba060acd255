package dev.polcat.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.importer.ImportRoundTripTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code polcat import} names the parameters where environments differ: a rule's networks after the one
 * well-known service the rule allows and the side they are on ({@code managementNets}, {@code etcdServers},
 * {@code dnsClientNet}), everything else after the field and its position ({@code webIngress1SourceNets}); a
 * name is never given twice to different values, and does not depend on the order environments are given in.
 */
class ImportParameterNamesTest {
    @TempDir
    Path dir;

    private static String rule(String protocol, int port, String side, String nets) {
        String ports = "      destination:\n" + (side.equals("destination") ? "        nets: " + nets + "\n" : "")
                + "        ports: [" + port + "]\n";
        return "    - action: Allow\n      protocol: " + protocol + "\n"
                + (side.equals("source") ? "      source:\n        nets: " + nets + "\n" : "") + ports;
    }

    private static String gnp(String name, String direction, String rules) {
        return "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: " + name + "\nspec:\n"
                + "  selector: has(role)\n  types: [" + (direction.equals("ingress") ? "Ingress" : "Egress") + "]\n  "
                + direction + ":\n" + rules;
    }

    private static String k8s(String cidr) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: dns, namespace: kube-system}
                spec:
                  podSelector: {matchLabels: {k8s-app: kube-dns}}
                  policyTypes: [Ingress]
                  ingress:
                    - from: [{ipBlock: {cidr: %s}}]
                      ports: [{protocol: UDP, port: 53}]
                """.formatted(cidr);
    }

    /** Exports for one environment: {@code n} varies every differing value. */
    private static String exports(int n) {
        return String.join(
                "---\n",
                gnp(
                        "ssh",
                        "ingress",
                        rule("TCP", 22, "source", "[10." + n + ".0.0/24]")
                                + rule("TCP", 22, "source", "[172.16." + n + ".0/24]")
                                + rule("TCP", 8443, "source", "[10." + n + ".9.0/24]")),
                gnp("etcd", "egress", rule("TCP", 2379, "destination", "[10." + n + ".1.11/32]")),
                gnp("bastion", "ingress", rule("TCP", 22, "source", "[10." + n + ".7.0/24]")),
                gnp("jump", "ingress", rule("TCP", 22, "source", "[10." + n + ".0.0/24]")),
                k8s("10." + n + ".0.0/16"));
    }

    private Path run(String out, List<String> envs) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("import"));
        for (String env : envs) {
            Path f = dir.resolve("exports").resolve(env + ".yaml");
            Files.createDirectories(f.getParent());
            Files.writeString(
                    f, exports(Map.of("dev", 10, "staging", 20, "prod", 30).get(env)));
            args.add("--env");
            args.add(env + "=" + f);
        }
        args.add(dir.resolve(out).toString());
        Run r = ImportRoundTripTest.polcat(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return dir.resolve(out);
    }

    private static TreeSet<String> parameters(Path catalog, String policy) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{pc\\.flow\\(([A-Za-z0-9]+)\\)\\}")
                .matcher(Files.readString(catalog.resolve("templates/policies/" + policy + ".yaml.ftl")));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void networksAreNamedAfterTheServiceTheirRuleAllowsAndTheirSide() throws IOException {
        Path c = run("catalog", List.of("dev", "staging", "prod"));
        assertEquals(
                "[sshIngress2SourceNets, sshIngress3SourceNets, sshManagementNets]",
                parameters(c, "ssh").toString(),
                "the second SSH rule of the same policy keeps its positional name; port 8443 is not well known");
        assertEquals("[etcdServers]", parameters(c, "etcd").toString());
        assertEquals("[dnsClientNet]", parameters(c, "dns").toString(), "a Kubernetes ipBlock that reaches DNS");
        assertEquals(
                "[managementNets]",
                parameters(c, "bastion").toString(),
                "the first policy (by kind and name) gets the name");
        assertEquals(
                "[jumpManagementNets]",
                parameters(c, "jump").toString(),
                "other values under the same name get the policy's name");
        String prod = Files.readString(c.resolve("profiles/prod.yaml"));
        assertEquals(
                List.of(
                        "  dnsClientNet: 10.30.0.0/16",
                        "  etcdServers: [10.30.1.11/32]",
                        "  jumpManagementNets: [10.30.0.0/24]",
                        "  managementNets: [10.30.7.0/24]",
                        "  sshIngress2SourceNets: [172.16.30.0/24]",
                        "  sshIngress3SourceNets: [10.30.9.0/24]",
                        "  sshManagementNets: [10.30.0.0/24]"),
                prod.lines()
                        .filter(l -> l.startsWith("  ") && !l.startsWith("  - "))
                        .toList());
    }

    @Test
    void namesDoNotDependOnTheOrderOfEnvironments() throws IOException {
        Path forward = run("forward", List.of("dev", "staging", "prod"));
        Path backward = run("backward", List.of("prod", "staging", "dev"));
        for (String policy : List.of("ssh", "etcd", "dns", "jump", "bastion")) {
            assertEquals(parameters(forward, policy), parameters(backward, policy), policy);
        }
    }
}
