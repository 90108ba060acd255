package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.analyze.FlowCheck;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected flows and the lockout guard on a small catalog, and the mistakes they must catch. */
class LockoutGuardTest {
    private static final String PROFILE = "profiles/prod.yaml";

    @TempDir
    Path dir;

    private TestCatalog catalog() {
        return TestCatalog.copyOf(TestCatalog.fixture("guarded"), dir);
    }

    private String profile() {
        return TestCatalog.read(TestCatalog.fixture("guarded").resolve(PROFILE));
    }

    @Test
    void theGuardedCatalogHoldsEveryCheck() {
        BuildResult r = catalog().build();
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        EnvironmentAnalysis prod = r.analysis().environment("prod").orElseThrow();
        assertTrue(prod.checks().stream().allMatch(FlowCheck::holds));
        assertEquals(
                3 + 2 * 2 * 2,
                prod.checks().size(),
                "3 expectation flows; 2 guarded flows × 2 hosts × 2 failsafe modes");
    }

    @Test
    void aManagementCidrTypoLocksOperatorsOut() {
        String out = catalog()
                .with(PROFILE, profile().replace("mgmt: [10.1.0.0/24]", "mgmt: [10.1.1.0/24]"))
                .diagnostics();
        assertEquals("""
                profiles/prod.yaml:11:16: error: lockout: cp-1, worker-1 would lose management SSH from 10.1.0.0/24 (guard.management): ingress tcp/22 from 10.1.0.0/24 to cp-1 is denied with failsafe ports off [P502] (env prod)
                  hint: denied: no rule of policy base matched; end of tier default → deny
                  hint: full trail: polcat why --env prod 10.1.0.0/24 cp-1 tcp/22 --failsafe off
                profiles/prod.yaml:17:5: error: expected allow tcp/22 from 10.1.0.0/24 to hosts(has(role)) (operators SSH in), but ingress tcp/22 from 10.1.0.0/24 to cp-1 is denied (also for worker-1) [P501] (env prod)
                  hint: denied: no rule of policy base matched; end of tier default → deny
                  hint: full trail: polcat why --env prod 10.1.0.0/24 cp-1 tcp/22""", out);
    }

    @Test
    void removingAnEtcdServerIsCaught() {
        String out = catalog()
                .with(PROFILE, profile().replace("ip: 10.2.0.11", "ip: 10.2.0.12"))
                .diagnostics();
        assertTrue(
                out.contains(
                        "error: lockout: cp-1, worker-1 would lose the datastore at 10.2.0.11 port 2379 (guard.datastore): "
                                + "egress tcp/2379 from cp-1 to 10.2.0.11 is denied with failsafe ports off [P502]"),
                out);
    }

    @Test
    void narrowingTheSelectorToMissAHostIsCaught() {
        String out = catalog()
                .with(PROFILE, profile().replace("hostSel: role in {\"cp\", \"worker\"}", "hostSel: role == \"cp\""))
                .diagnostics();
        assertTrue(
                out.contains("error: lockout: worker-1 would lose management SSH from 10.1.0.0/24 (guard.management): "
                        + "ingress tcp/22 from 10.1.0.0/24 to worker-1 is denied with failsafe ports off [P502]"),
                out);
        assertFalse(out.contains("cp-1 would lose"), out);
    }

    @Test
    void aDenyExpectationFailsWhenTheFlowOpens() {
        String out = catalog()
                .with(PROFILE, profile().replace("mgmt: [10.1.0.0/24]", "mgmt: [0.0.0.0/0]"))
                .diagnostics();
        assertTrue(
                out.contains(
                        "error: expected deny tcp/22 from anywhere to cp-1, but ingress tcp/22 from 0.0.0.0/0 to cp-1 is allowed [P501] (env prod)\n"
                                + "  hint: allowed: policy base spec.ingress[0] (ssh) matched Allow"),
                out);
    }

    @Test
    void exposureListsWhatEachHostAccepts() {
        EnvironmentAnalysis prod =
                catalog().build().analysis().environment("prod").orElseThrow();
        assertEquals(
                "cp-1 tcp/22 from mgmt 10.1.0.0/24: policy base spec.ingress[0] (ssh) matched Allow",
                prod.exposure().stream()
                        .flatMap(g -> g.rows().stream())
                        .filter(x -> x.host().equals("cp-1"))
                        .map(x -> x.host() + " " + x.service() + " from " + x.from() + " " + x.cidr() + ": "
                                + x.allowedBy())
                        .findFirst()
                        .orElseThrow());
        assertTrue(
                prod.exposure().stream().noneMatch(x -> x.from().equals("anywhere")),
                prod.exposure().toString());
    }
}
