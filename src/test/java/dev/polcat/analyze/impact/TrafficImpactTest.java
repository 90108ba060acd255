package dev.polcat.analyze.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.load.flows.FlowLog;
import dev.polcat.load.flows.FlowLogReader;
import dev.polcat.testing.ImpactFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorded Goldmane sample replayed against the example catalog (BASE) and a change that lets only
 * the shop's web pods into the shop's pods (HEAD): exactly the flows that break, and nothing dropped.
 */
class TrafficImpactTest {
    static final Path SAMPLE = ImpactFixtures.SAMPLE;

    @TempDir
    static Path dir;

    static ImpactReport twoVersions;
    static ImpactReport today;

    @BeforeAll
    static void replay() throws Exception {
        Path base = ImpactFixtures.example(dir.resolve("base"));
        Path head = ImpactFixtures.example(dir.resolve("head"));
        ImpactFixtures.tightenShop(head);
        FlowLog log = FlowLogReader.read(SAMPLE, "flows/prod.jsonl");
        twoVersions = TrafficImpact.replay("prod", log, side("base", base), side("head", head));
        today = TrafficImpact.replay("prod", log, side(".", base), null);
    }

    static ReplaySide side(String label, Path catalog) {
        BuildResult r = new Build().check(BuildRequest.of(catalog));
        assertFalse(r.failed(), () -> r.diagnostics().all().toString());
        var env = r.catalog().environment("prod").orElseThrow();
        return ReplaySide.of(label, env, r.policies(), d -> {});
    }

    static List<String> texts(List<ImpactRow> rows) {
        return rows.stream()
                .map(r -> r.observed().key().text() + " ×" + r.observed().connections())
                .toList();
    }

    @Test
    void reportsExactlyTheFlowsTheTighterShopPolicyBreaks() {
        assertEquals(
                List.of("tcp/5432 from shop/api-* to shop/db-* ×100", "tcp/8080 from shop/cart-* to shop/api-* ×25"),
                texts(twoVersions.becomeDenied()));
        assertEquals(List.of(), texts(twoVersions.becomeAllowed()));
        assertTrue(twoVersions.breaksTraffic());
    }

    @Test
    void saysWhichRuleDeniesAndHowTheEndsWereMatched() {
        ImpactRow dbRow = twoVersions.becomeDenied().get(0);
        assertEquals("path tcp/5432 from shop/api-0 to shop/db-0", dbRow.after().flow());
        assertEquals(
                "denied: no rule of policies shop/allow-from-ingress, shop/knp.default.allow-same-namespace, shop/knp.default.default-deny "
                        + "matched; end of tier default → deny",
                dbRow.after().verdict().explain());
        assertEquals(
                List.of("shop/api-* taken as shop/api-0", "shop/db-* taken as shop/db-0"),
                dbRow.after().notes());
        ImpactRow cart = twoVersions.becomeDenied().get(1);
        assertEquals(
                "path tcp/8080 from shop/cart-* to shop/api-0", cart.after().flow());
        assertTrue(cart.before().allowed(), "BASE lets every pod of shop in, the stand-in included");
        assertEquals(
                "shop/cart-* is no workload of prod: simulated with its recorded labels "
                        + "app=cart,app.kubernetes.io/component=backend and service account default; rules on nets do not see its real address",
                cart.after().notes().get(0));
    }

    @Test
    void listsDriftBetweenTheClusterAndTheCatalog() {
        assertEquals(
                List.of(
                        "tcp/6443 from pvt (somewhere private) to prod-cp-1 ×15",
                        "tcp/8080 from monitoring/prometheus-* to shop/api-* ×7"),
                texts(today.drift()));
        assertTrue(today.breaksTraffic(), "applying the catalog would cut flows the cluster allows");
    }

    @Test
    void namesTheRulesAnAddresslessNetworkLeavesUndecided() {
        ImpactRow pvt = today.drift().get(0);
        assertEquals(
                "path tcp/6443 from 172.31.254.10 to prod-cp-1", pvt.before().flow());
        assertFalse(pvt.before().undecided().isEmpty(), pvt.before().toString());
        assertTrue(
                pvt.before().undecided().get(0).startsWith("policy k8s-api-server "),
                pvt.before().undecided().toString());
    }

    @Test
    void countsAndListsWhatCannotBeSimulated() {
        assertEquals(List.of("tcp/8080 from prod-gpu-1 to shop/api-* ×4"), texts(twoVersions.unmatched()));
        assertEquals(
                "no host prod-gpu-1 in prod",
                twoVersions.unmatched().get(0).before().unmatched());
        assertEquals(
                twoVersions.log().flows().size(),
                twoVersions.allowed().size() + 5 + 1,
                "every flow is allowed, denied (gateway → db, prometheus → api, pvt → prod-cp-1 and the two that break) or unmatched");
    }
}
