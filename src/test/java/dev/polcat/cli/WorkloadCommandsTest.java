package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.cli.ReviewCommandsTest.Run;
import org.junit.jupiter.api.Test;

/** {@code polcat why} and {@code polcat verify} with workloads and staged policies, on the example catalog. */
class WorkloadCommandsTest {
    private static final String CATALOG = ".";

    @Test
    void whyAnswersAPodToPodFlowNamingTheDecidingKubernetesPolicy() {
        Run r = ReviewCommandsTest.run(
                "why", "-C", CATALOG, "--env", "prod", "payments/gateway-0", "shop/db-0", "tcp/5432");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("""
                path tcp/5432 from payments/gateway-0 to shop/db-0 in prod
                denied: no rule of policies payments/knp.default.allow-same-namespace, payments/knp.default.default-deny matched; end of tier default → deny
                  flow: path tcp/5432 from payments/gateway-0 to shop/db-0: the egress policy of payments/gateway-0, then the ingress policy of shop/db-0
                """), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "  normal: tier default: policy payments/knp.default.allow-same-namespace: spec.egress[0]: no match: "
                                        + "destination selector projectcalico.org/orchestrator == 'k8s' (in namespace payments) matches no endpoint or network set holding "
                                        + "shop/db-0 (10.30.64.18)\n"),
                r.out());
    }

    @Test
    void whyAnswersAPodToHostFlowNamingTheDecidingCalicoPolicy() {
        Run r = ReviewCommandsTest.run(
                "why", "-C", CATALOG, "--env", "prod", "monitoring/prometheus-0", "prod-cp-1", "tcp/6443");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("""
                path tcp/6443 from monitoring/prometheus-0 to prod-cp-1 in prod
                allowed: policy k8s-api-server spec.ingress[2] (api-server-from-pods) matched Allow
                """), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "  profiles: allowed by profile kns.monitoring: every tier passed (egress), and Calico's profile of "
                                        + "namespace monitoring allows all\n"),
                r.out());
    }

    @Test
    void whyStagedEnforcesTheStagedPolicy() {
        Run now = ReviewCommandsTest.run(
                "why", "-C", CATALOG, "--env", "prod", "ingress-nginx/ingress-nginx-0", "shop/api-0", "tcp/8080");
        assertEquals(0, now.exit(), now.out());
        assertTrue(
                now.out()
                        .contains(
                                "allowed: policy shop/allow-from-ingress spec.ingress[0] (from-ingress-controller) matched Allow\n"),
                now.out());
        Run staged = ReviewCommandsTest.run(
                "why",
                "-C",
                CATALOG,
                "--env",
                "prod",
                "--staged",
                "ingress-nginx/ingress-nginx-0",
                "shop/api-0",
                "tcp/8080");
        assertEquals(1, staged.exit(), staged.out());
        assertTrue(
                staged.out()
                        .startsWith(
                                "path tcp/8080 from ingress-nginx/ingress-nginx-0 to shop/api-0 in prod with every staged policy "
                                        + "enforced\n"),
                staged.out());
        Run web = ReviewCommandsTest.run(
                "why",
                "-C",
                CATALOG,
                "--env",
                "prod",
                "--staged",
                "ingress-nginx/ingress-nginx-0",
                "shop/web-0",
                "tcp/8080");
        assertTrue(
                web.out()
                        .contains(
                                "allowed: policy shop/allow-from-ingress (staged) spec.ingress[0] (from-ingress-controller-http) matched Allow\n"),
                web.out());
    }

    @Test
    void verifyStagedListsWhatTheStagedPolicyWouldChange() {
        Run r = ReviewCommandsTest.run("verify", "-C", CATALOG, "--env", "prod", "--staged");
        assertEquals(0, r.exit(), r.out());
        assertTrue(
                r.out()
                        .contains("prod: enforcing the staged policies would change 10 flows:\n"
                                + "  - path tcp/5432 from ingress-nginx/ingress-nginx-0 to payments/db-0: allowed → denied  [workloads] a port the "
                                + "destination declares\n"),
                r.out());
        assertTrue(
                r.out()
                        .contains(
                                "  - path tcp/8080 from ingress-nginx/ingress-nginx-0 to shop/api-0: allowed → denied  [workloads] a port "
                                        + "the destination declares\n      denied: no rule of policies shop/knp.default.allow-same-namespace, "
                                        + "shop/knp.default.default-deny matched; end of tier default → deny\n"),
                r.out());
        assertTrue(r.out().endsWith(" flow checks hold with every staged policy enforced\n"), r.out());
    }

    @Test
    void unknownWorkloadsAreRefusedWithTheKnownOnesAndEscaped() {
        Run r = ReviewCommandsTest.run("why", "-C", CATALOG, "--env", "dev", "shop/web-9", "shop/api-0", "tcp/8080");
        assertEquals(2, r.exit());
        assertTrue(
                r.err()
                        .startsWith("polcat: error: unknown workload 'shop/web-9'; the environment's workloads: "
                                + "kube-system/coredns-0, kube-system/coredns-1, ingress-nginx/ingress-nginx-0,"),
                r.err());
        Run evil = ReviewCommandsTest.run(
                "why", "-C", CATALOG, "--env", "dev", "shop/web-9\n::error::x", "shop/api-0", "tcp/8080");
        assertEquals(2, evil.exit());
        assertEquals(1, evil.err().lines().count(), evil.err());
        assertTrue(evil.err().contains("shop/web-9\\n::error::x"), evil.err());
    }
}
