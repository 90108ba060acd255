package dev.polcat.bench;

import java.util.Random;

/** One synthetic policy: a template with loops, conditionals and every rule field, and its doc. */
final class SyntheticPolicy {
    private static final String[] TAGS = {"essentials", "control-plane", "monitoring", "storage", "edge", "batch"};
    /** Rule shapes; %1$d is the rule's number, %2$d and %3$d two ports, so no rule repeats another. */
    private static final String[] FIXED = {
        "- action: Allow\n      metadata: {annotations: {polcat.dev/rule: r%1$d-web}}\n      protocol: TCP\n      source: {nets: ${pc.flow(pc.v4(clientNets))}}\n      destination: {ports: [%2$d, \"%3$d:%3$d\"]}",
        "- action: Allow\n      metadata: {annotations: {polcat.dev/rule: r%1$d-icmp}}\n      protocol: ICMP\n      icmp: {type: %1$d, code: 0}\n      ipVersion: 4",
        "- action: Allow\n      metadata: {annotations: {polcat.dev/rule: r%1$d-labelled}}\n      protocol: UDP\n      source: {selector: 'role in {\"worker\", \"control-plane\"} && zone != \"z9\"'}\n      destination: {ports: [%2$d]}",
        "- action: Deny\n      metadata: {annotations: {polcat.dev/rule: r%1$d-not-nets}}\n      protocol: TCP\n      source: {notNets: ${pc.flow(pc.v4(clientNets))}}\n      destination: {ports: [%2$d]}",
        "- action: Allow\n      metadata: {annotations: {polcat.dev/rule: r%1$d-not-selector}}\n      protocol: SCTP\n      source: {notSelector: has(untrusted)}\n      destination: {ports: [%2$d], notPorts: [%3$d]}",
        "- action: Pass\n      metadata: {annotations: {polcat.dev/rule: r%1$d-pass}}\n      protocol: 47\n      source: {nets: [10.%1$d.0.0/16]}",
        "- action: Allow\n      metadata: {annotations: {polcat.dev/rule: r%1$d-v6}}\n      ipVersion: 6\n      protocol: ICMPv6\n      icmp: {type: %1$d}",
    };

    private SyntheticPolicy() {}

    static String template(String name, int order, int fixedRules, Random rnd) {
        StringBuilder b = new StringBuilder();
        b.append("<#-- synthetic policy ").append(name).append(" -->\n");
        b.append("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: ")
                .append(name)
                .append('\n');
        b.append("spec:\n  order: ")
                .append(order)
                .append("\n  selector: ${hostSelector}\n  types: [Ingress, Egress]\n  ingress:\n");
        b.append(
                        "<#list peers as peer>\n    - action: Allow\n      metadata: {annotations: {polcat.dev/rule: ${\"peer-\" + peer.name}}}\n")
                .append(
                        "      protocol: TCP\n      source: {nets: [${pc.hostCidr(peer.ip)}]}\n      destination: {ports: ${pc.flow(peer.ports)}}\n</#list>\n");
        for (int i = 0; i < fixedRules; i++) {
            int port = 1024 + rnd.nextInt(40000);
            String rule = String.format(FIXED[i % FIXED.length], i, port, port + 1);
            b.append(i % 3 == 2 ? "<#if strict>\n" : "")
                    .append("    ")
                    .append(rule)
                    .append('\n')
                    .append(i % 3 == 2 ? "</#if>\n" : "");
        }
        b.append(
                "<#if logDenied>\n    - action: Log\n      metadata: {annotations: {polcat.dev/rule: log-rest}}\n</#if>\n");
        b.append(
                        "  egress:\n<#list dnsServers as dns>\n    - action: Allow\n      metadata: {annotations: {polcat.dev/rule: ${\"dns-\" + dns}}}\n")
                .append(
                        "      protocol: UDP\n      destination: {nets: [${pc.hostCidr(dns)}], ports: [53]}\n</#list>\n");
        return b.toString();
    }

    static String doc(String name, int fixedRules, Random rnd) {
        String tag = TAGS[rnd.nextInt(TAGS.length)];
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: Service ").append(name.substring(4)).append('\n');
        b.append("summary: Synthetic policy ").append(name).append(" for benchmarks.\n");
        b.append("tags: [").append(tag).append(", synthetic]\n");
        b.append("""
                parameters:
                  hostSelector: {type: selector, default: has(role), description: Hosts the policy applies to.}
                  clientNets: {type: 'cidr[]', required: true, description: Networks allowed to reach the service.}
                  peers:
                    type: 'record[]'
                    default: []
                    description: Peers, one rule each.
                    fields:
                      name: {type: string, required: true}
                      ip: {type: ip, required: true}
                      ports: {type: 'port[]', default: [7000]}
                  dnsServers: {type: 'ip[]', default: [], description: Resolvers.}
                  strict: {type: bool, default: true, description: Include the stricter rules.}
                  logDenied: {type: bool, default: false, description: Log what is left.}
                rules:
                  peer-*: One rule per peer.
                  dns-*: One rule per resolver.
                  log-rest: Logs what nothing else matched.
                """);
        for (int i = 0; i < fixedRules; i++)
            b.append("  r").append(i).append("-*: Fixed rule ").append(i).append(".\n");
        b.append("caveats:\n  - title: Synthetic\n    text: Generated for benchmarks; not a real policy.\n---\n");
        b.append("A synthetic policy. It exists to measure polcat at scale.\n");
        return b.toString();
    }
}
