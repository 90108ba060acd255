package dev.polcat.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what `calicoctl get ... -o yaml` exports from three clusters look like: the same failsafe policy with
 * each environment's management networks and etcd servers, a rule only prod has, host endpoints, a
 * GlobalNetworkSet, cluster-managed fields and status, a List document, and objects Calico generates from
 * Kubernetes (which import must skip).
 */
public final class ThreeEnvironmentExports {
    public record Env(
            String name,
            List<String> managementNets,
            List<String> etcdServers,
            List<String> hosts,
            boolean monitoring) {}

    public static final List<Env> ENVS = List.of(
            new Env("dev", List.of("10.10.0.0/24"), List.of("10.10.1.11"), List.of("10.10.1.21"), false),
            new Env(
                    "staging",
                    List.of("10.20.0.0/24", "172.16.50.0/24"),
                    List.of("10.20.1.11", "10.20.1.12"),
                    List.of("10.20.1.21", "10.20.1.22"),
                    false),
            new Env(
                    "prod",
                    List.of("10.30.0.0/24", "192.168.100.0/24"),
                    List.of("10.30.1.11", "10.30.1.12", "10.30.1.13"),
                    List.of("10.30.1.21", "10.30.1.22", "10.30.1.23"),
                    true));

    private ThreeEnvironmentExports() {}

    /** Writes exports/ENV/policies.yaml and exports/ENV/hosts.yaml under {@code root}. */
    static void write(Path root) throws IOException {
        for (Env e : ENVS) {
            Path dir = Files.createDirectories(root.resolve(e.name()));
            Files.writeString(dir.resolve("policies.yaml"), policies(e));
            Files.writeString(dir.resolve("hosts.yaml"), hosts(e));
        }
    }

    public static String policies(Env e) {
        StringBuilder egress = new StringBuilder();
        for (String ip : e.etcdServers()) {
            egress.append("    - action: Allow\n      protocol: TCP\n      destination:\n        nets: [" + ip
                    + "/32]\n" + "        ports: [2379]\n");
        }
        String monitoring = e.monitoring()
                ? "    - action: Allow\n      protocol: TCP\n      source:\n        nets: [10.30.8.0/24]\n"
                        + "      destination:\n        ports: [9100]\n"
                : "";
        return """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata:
                  name: failsafe
                  uid: 6f1c2a9e-0000-4000-8000-000000000001
                  resourceVersion: "123456"
                  creationTimestamp: "2026-01-02T03:04:05Z"
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: '{"kind":"GlobalNetworkPolicy"}'
                spec:
                  order: 0
                  selector: endpoint_type == "management"
                  types: [Ingress, Egress]
                  ingress:
                    - action: Allow
                      protocol: TCP
                      source:
                        nets: %s
                      destination:
                        ports: [22]
                %s    - action: Allow
                      protocol: ICMP
                  egress:
                %s---
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkSet
                metadata:
                  name: management
                  labels: {role: management}
                spec:
                  nets: %s
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: allow-dns
                  namespace: kube-system
                  generation: 3
                spec:
                  podSelector:
                    matchLabels: {k8s-app: kube-dns}
                  policyTypes: [Ingress]
                  ingress:
                    - from:
                        - ipBlock: {cidr: %s}
                      ports:
                        - {protocol: UDP, port: 53}
                ---
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata:
                  name: knp.default.allow-dns
                  namespace: kube-system
                spec:
                  selector: k8s-app == "kube-dns"
                  types: [Ingress]
                """.formatted(
                        flow(e.managementNets()),
                        monitoring,
                        egress,
                        flow(e.managementNets()),
                        e.managementNets().get(0));
    }

    public static String hosts(Env e) {
        StringBuilder items = new StringBuilder();
        int n = 0;
        for (String ip : e.hosts()) {
            n++;
            items.append("""
                  - apiVersion: projectcalico.org/v3
                    kind: HostEndpoint
                    metadata:
                      name: %1$s-node-%2$d-eth0
                      labels: {endpoint_type: management, role: worker}
                      resourceVersion: "%2$d"
                      managedFields:
                        - manager: calicoctl
                          operation: Update
                    spec:
                      node: %1$s-node-%2$d
                      interfaceName: eth0
                      expectedIPs: [%3$s]
                    status:
                      phase: Active
                """.formatted(e.name(), n, ip));
        }
        return """
                apiVersion: projectcalico.org/v3
                kind: List
                metadata:
                  resourceVersion: "999"
                items:
                %s  - apiVersion: projectcalico.org/v3
                    kind: Profile
                    metadata:
                      name: kns.default
                    spec: {}
                """.formatted(items);
    }

    private static String flow(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }
}
