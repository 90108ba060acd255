package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caveats carry a severity, authored or the lint's, and the policy page lists the most urgent first. */
class CaveatSeverityTest {
    private static final String DOC = """
            ---
            title: SSH
            summary: SSH from the admin networks.
            tags: [test]
            parameters:
              sshCidrs: {type: 'cidr[]', required: true, description: Admin networks.}
              sshPort: {type: port, default: 22, description: The SSH port.}
              selector: {type: selector, default: has(host), description: Hosts.}
            rules:
              ssh-in: Admins log in.
            caveats:
              - title: Background first in the file
                severity: note
                text: A note.
              - title: Unmarked
                text: Defaults to a warning.
              - title: Lockout
                severity: danger
                text: Read this first.
            ---
            Body.
            """;

    @Test
    void pageListsCaveatsByseverityWithDetectedFindingsAmongThem(@TempDir Path dir) {
        // 0.0.0.0/0 on SSH: open-to-internet and sensitive-port-open, both lints of danger.
        TestCatalog.minimal(dir)
                .with("templates/policies/ssh.md", DOC)
                .with(
                        "profiles/dev.yaml",
                        "title: Dev\nvalues:\n  sshCidrs: [0.0.0.0/0]\n"
                                + "hosts:\n  - {name: h1, interface: eth0, ips: [10.0.0.1], labels: {host: 'yes'}}\n");
        BuildResult r = new Build().run(BuildRequest.of(dir));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        Document d = Jsoup.parse(r.artifacts().stream()
                .filter(a -> a.path().equals("policies/ssh.html"))
                .findFirst()
                .orElseThrow()
                .asText());
        List<String> order = d.select(".caveat").stream()
                .map(c -> c.selectFirst(".sev").text() + " "
                        + c.selectFirst("h3").ownText().strip()
                        + c.select("h3 > code").text())
                .toList();
        assertEquals("Danger Lockout", order.get(0));
        assertTrue(order.get(1).startsWith("Danger ") && order.get(2).startsWith("Danger "), order.toString());
        assertEquals(
                List.of("Warning Unmarked", "Note Background first in the file"),
                order.subList(order.size() - 2, order.size()),
                order.toString());
        Element detected = d.select(".caveat").get(1);
        assertEquals("detected", detected.selectFirst(".badge").text());
        assertTrue(detected.text().contains("In dev"), detected.text());
        assertEquals(
                "#rule-ssh-in", detected.selectFirst("a[href^=#rule-]").attr("href"), "links to the rule's permalink");
    }

    @Test
    void anUnknownSeverityIsAnErrorAtItsLine(@TempDir Path dir) {
        TestCatalog.minimal(dir)
                .with("templates/policies/ssh.md", DOC.replace("severity: danger", "severity: critical"));
        BuildResult r = new Build().run(BuildRequest.of(dir));
        assertTrue(r.failed());
        assertEquals(
                "templates/policies/ssh.md:18:15: error: caveat severity must be danger, warning or note, not 'critical' [P111]\n"
                        + "  hint: danger: a mistake locks people out or exposes a service; warning: check before applying; note: background",
                TestCatalog.printed(r.diagnostics().all()));
    }
}
