package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hosts table's "Selected by": a short list in the row, a long one written once for the hosts that
 * share it, and every enabled policy as a link to the apply order.
 */
class EnvironmentHostsTest {
    @Test
    void longListsOfSelectingPoliciesAreWrittenOnce(@TempDir Path dir) {
        TestCatalog c = TestCatalog.minimal(dir).with("profiles/dev.yaml", """
                title: Dev
                values:
                  sshCidrs: [10.0.0.0/24]
                hosts:
                  - {name: web-1, interface: eth0, ips: [10.0.1.1], labels: {role: web}}
                  - {name: db-1, interface: eth0, ips: [10.0.1.2], labels: {role: db, host: 'yes'}}
                  - {name: web-2, interface: eth0, ips: [10.0.1.3], labels: {role: web}}
                  - {name: bastion, interface: eth0, ips: [10.0.1.4], labels: {host: 'yes'}}
                  - {name: printer, interface: eth0, ips: [10.0.1.5], labels: {kind: printer}}
                """);
        for (int i = 1; i <= 12; i++) policy(c, String.format("p%02d", i), 20 + i, "has(role)");
        policy(c, "db", 50, "role == 'db'");
        BuildResult r = new Build().run(BuildRequest.of(dir));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        Document d = Jsoup.parse(r.artifacts().stream()
                .filter(a -> a.path().equals("environments/dev.html"))
                .findFirst()
                .orElseThrow()
                .asText());
        assertEquals(
                List.of(
                        "web-1: 12 policies -> #selected-by-1",
                        "db-1: all 14 enabled policies -> #order",
                        "web-2: 12 policies -> #selected-by-1",
                        "bastion: ssh -> ../policies/ssh.html",
                        "printer: none -> "),
                d.select("#hosts ~ div tbody tr").stream()
                        .map(tr -> tr.selectFirst("th").text() + ": "
                                + tr.selectFirst("td[data-label=Selected by]").text() + " -> "
                                + tr.select("td[data-label=Selected by] a").attr("href"))
                        .toList());
        assertEquals(
                List.of("web-1, web-2 (2 hosts), selected by 12 policies: p01, p02, p03, p04, p05, p06, p07, p08, p09,"
                        + " p10, p11, p12"),
                d.select("ul.selections li#selected-by-1").stream()
                        .map(e -> e.text())
                        .toList());
        assertEquals(1, d.select("ul.selections li").size(), "one list for both hosts");
        assertEquals("../policies/p12.html", d.select("#selected-by-1 a").last().attr("href"));
    }

    private static void policy(TestCatalog c, String name, int order, String selector) {
        c.with(
                "templates/policies/" + name + ".yaml.ftl",
                """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata:
                  name: NAME
                spec:
                  order: ORDER
                  selector: SELECTOR
                  ingress:
                    - action: Allow
                      protocol: TCP
                      source: {nets: [10.0.0.0/24]}
                      destination: {ports: [443]}
                """.replace("NAME", name).replace("ORDER", "" + order).replace("SELECTOR", selector));
        c.with("templates/policies/" + name + ".md", """
                ---
                title: NAME
                summary: HTTPS from the admin network.
                tags: [test]
                ---
                Body.
                """.replace("NAME", name));
    }
}
