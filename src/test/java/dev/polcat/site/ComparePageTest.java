package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare.html row by row: the words a rule's wordings share written once in its header, neighbouring
 * environments that agree in one cell, cells marked where they differ from a value at least half the
 * environments have (else the row), and "policy off" where a policy is disabled.
 */
class ComparePageTest {
    private static final String WEB = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata:
              name: web
            spec:
              order: 10
              selector: has(role)
              ingress:
                - action: Allow
                  metadata: {annotations: {polcat.dev/rule: web-in}}
                  protocol: TCP
                  destination: {ports: [443]}
            <#if admin>
                - action: Allow
                  metadata: {annotations: {polcat.dev/rule: admin-in}}
                  protocol: TCP
                  source: {nets: [10.9.0.0/24]}
                  destination: {ports: [8443]}
            </#if>
                - action: Allow
                  metadata: {annotations: {polcat.dev/rule: peer-in}}
                  protocol: TCP
                  source: {nets: [${pc.hostCidr(peer)}]}
                  destination: {ports: [7000]}
            """;

    private static final String WEB_DOC = """
            ---
            title: Web
            summary: HTTPS, an admin port and a peer.
            tags: [test]
            parameters:
              admin: {type: bool, default: true, description: Open the admin port.}
              peer: {type: ip, required: true, description: The peer.}
            ---
            Body.
            """;

    @Test
    void rowsShowWhatDiffersOnce(@TempDir Path dir) {
        TestCatalog c = TestCatalog.minimal(dir)
                .without("profiles/dev.yaml")
                .with("templates/policies/web.yaml.ftl", WEB)
                .with("templates/policies/web.md", WEB_DOC);
        String[][] envs = {
            {"a", "10.0.0.1", ""}, {"b", "10.0.0.1", ""}, {"c", "10.0.0.3", ""}, {"d", "10.0.0.4", "false"}
        };
        for (String[] e : envs) {
            c.with(
                    "profiles/" + e[0] + ".yaml",
                    "title: " + e[0] + "\nvalues:\n  sshCidrs: [10.0.0.0/24]\n  peer: " + e[1] + "\n"
                            + (e[2].isEmpty() ? "" : "  admin: " + e[2] + "\n")
                            + (e[0].equals("c") || e[0].equals("d") ? "policies: {ssh: {enabled: false}}\n" : ""));
        }
        Document d = comparePage(dir);
        assertEquals("""
                web-in | [4 same] Allow inbound TCP to port 443 from anywhere same in every environment
                admin-in (differs) Allow inbound TCP to port 8443 from 10.9.0.0/24 | [3] yes | [1 differs] none
                peer-in (differs) Allow inbound TCP to port 7000 from … | [2] 10.0.0.1/32 \
                | [1 differs] 10.0.0.3/32 (differs) | [1 differs] 10.0.0.4/32 (differs)""", rows(d, "#cmp-web"));
        assertEquals(
                "ssh-in | [2 same] Allow inbound TCP to port 22 from 10.0.0.0/24 | [2 off] policy off",
                rows(d, "#cmp-ssh"));
        assertEquals(
                """
                adminbool (differs) | [3] true | [1 differs] false (differs)
                peerip (differs) | [2] 10.0.0.1 | [1 differs] 10.0.0.3 (differs) | [1 differs] 10.0.0.4 (differs)""",
                rows(d, "#parameters")
                        .lines()
                        .filter(l -> l.startsWith("admin") || l.startsWith("peer"))
                        .collect(Collectors.joining("\n")));
    }

    @Test
    void aRowWithoutACommonValueIsMarkedAsAWhole(@TempDir Path dir) {
        Document d = comparePage(WideCatalog.write(dir, 1, 3));
        assertEquals(
                "peer-p0 (differs) Allow inbound TCP to port 1000 from … | [1] 10.0.0.1/32 | [1] 10.1.0.1/32 | [1] 10.2.0.1/32",
                rows(d, "#cmp-wide"));
        assertEquals(List.of("row-varies"), d.select("#cmp-wide ~ div tbody tr").eachAttr("class"));
    }

    /** Each row: its header's text, then each cell as [span class] text. */
    private static String rows(Document d, String heading) {
        Element table = d.selectFirst(heading + " ~ div table");
        if (table == null) table = d.selectFirst(heading).parent().selectFirst("table");
        return table.select("tbody tr").stream()
                .map(tr -> tr.selectFirst("th").text()
                        + tr.select("td").stream()
                                .map(td -> " | ["
                                        + Math.max(1, td.hasAttr("colspan") ? Integer.parseInt(td.attr("colspan")) : 1)
                                        + (td.className().isEmpty() ? "" : " " + td.className()) + "] " + td.text())
                                .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static Document comparePage(Path catalog) {
        BuildResult r = new Build().run(BuildRequest.of(catalog));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        return Jsoup.parse(r.artifacts().stream()
                .filter(a -> a.path().equals("compare.html"))
                .findFirst()
                .orElseThrow()
                .asText());
    }
}
