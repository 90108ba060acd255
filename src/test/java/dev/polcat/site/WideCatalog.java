package dev.polcat.site;

import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;

/**
 * A generated catalog that is wide rather than long: one policy of {@code rules} rules (one per peer, each
 * with an address and port that differ per environment) in {@code envs} environments, the shape that
 * made policy pages grow with the number of environments.
 */
final class WideCatalog {
    private WideCatalog() {}

    static Path write(Path dir, int rules, int envs) {
        TestCatalog c = TestCatalog.minimal(dir)
                .without("templates/policies/ssh.yaml.ftl")
                .without("templates/policies/ssh.md")
                .without("profiles/dev.yaml");
        c.with("templates/policies/wide.yaml.ftl", """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata:
                  name: wide
                spec:
                  order: 100
                  selector: has(role)
                  types: [Ingress]
                  ingress:
                <#list peers as peer>
                    - action: Allow
                      metadata: {annotations: {polcat.dev/rule: ${"peer-" + peer.name}}}
                      protocol: TCP
                      source: {nets: [${pc.hostCidr(peer.ip)}]}
                      destination: {ports: [${peer.port}]}
                </#list>
                """);
        c.with("templates/policies/wide.md", """
                ---
                title: Wide
                summary: One rule per peer, in many environments.
                tags: [test]
                parameters:
                  peers:
                    type: 'record[]'
                    required: true
                    description: The peers, one rule each.
                    fields:
                      name: {type: string, required: true}
                      ip: {type: ip, required: true}
                      port: {type: port, required: true}
                rules:
                  peer-*: Each peer reaches its own port only.
                caveats:
                  - title: Peers are trusted
                    severity: note
                    text: Anything at a peer's address is allowed.
                ---
                A policy that is wide rather than long.
                """);
        for (int e = 0; e < envs; e++) {
            StringBuilder p = new StringBuilder("title: Environment " + e + "\nvalues:\n  peers:\n");
            for (int r = 0; r < rules; r++) {
                p.append("    - {name: p")
                        .append(r)
                        .append(", ip: 10.")
                        .append(e)
                        .append(".0.")
                        .append(r + 1)
                        .append(", port: ")
                        .append(1000 + r)
                        .append("}\n");
            }
            p.append("hosts:\n");
            for (int h = 0; h < 3; h++) {
                p.append("  - {name: env")
                        .append(e)
                        .append("-node-")
                        .append(h)
                        .append(", interface: eth0, ips: [10.")
                        .append(e)
                        .append(".1.")
                        .append(h + 1)
                        .append("], labels: {role: worker}}\n");
            }
            c.with(String.format("profiles/env-%02d.yaml", e), p.toString());
        }
        return dir;
    }
}
