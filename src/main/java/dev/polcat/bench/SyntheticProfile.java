package dev.polcat.bench;

import java.util.Random;

/** Synthetic profiles: an abstract base, three abstract regions, and environments with hosts. */
final class SyntheticProfile {
    private static final String[] ROLES = {"control-plane", "worker", "worker", "worker", "etcd"};

    private SyntheticProfile() {}

    static String base() {
        return "abstract: true\ntitle: Base\nvalues:\n  clientNets: [10.0.0.0/8]\n  dnsServers: [10.255.0.2, 10.255.0.3]\n";
    }

    static String region(int r) {
        return "abstract: true\nextends: base\ntitle: Region " + r + "\nvalues:\n  logDenied: " + (r == 0) + "\n";
    }

    static String environment(int e, int hosts, int policies, Random rnd) {
        StringBuilder b = new StringBuilder();
        b.append("extends: region-").append(e % 3).append('\n');
        b.append("title: Environment ").append(e).append('\n');
        b.append("values:\n  clientNets: [10.")
                .append(e % 250)
                .append(".0.0/16, 172.16.")
                .append(e % 250)
                .append(".0/24]\n");
        b.append("  peers:\n");
        int peers = 1 + rnd.nextInt(10);
        for (int p = 0; p < peers; p++) {
            b.append("    - {name: p")
                    .append(p)
                    .append(", ip: 10.")
                    .append(e % 250)
                    .append(".200.")
                    .append(p + 1)
                    .append(", ports: [")
                    .append(7000 + p)
                    .append("]}\n");
        }
        if (policies > 0 && rnd.nextBoolean()) {
            b.append("policies:\n  svc-0000: {values: {strict: false}}\n");
        }
        b.append("hosts:\n");
        for (int h = 0; h < hosts; h++) {
            b.append("  - {name: node-")
                    .append(h)
                    .append(", interface: eth0, ips: [10.")
                    .append(e % 250)
                    .append('.')
                    .append(1 + h / 250)
                    .append('.')
                    .append(1 + h % 250)
                    .append("], labels: {role: ")
                    .append(ROLES[h % ROLES.length])
                    .append(", zone: z")
                    .append(h % 4)
                    .append("}}\n");
        }
        return b.toString();
    }
}
