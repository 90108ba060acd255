package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy page says which hosts a policy selects in each environment at a glance: a few by name, all of
 * many as a count that links to the environment's hosts (at 20 environments × 20 hosts the names were a
 * tenth of the page).
 */
class PolicyHostsCellTest {
    private static String cell(Path root, String env) {
        BuildResult r = new Build().run(BuildRequest.of(root));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        String page = r.artifacts().stream()
                .filter(a -> a.path().equals("policies/ssh.html"))
                .findFirst()
                .orElseThrow()
                .asText();
        Element row = Jsoup.parse(page).selectFirst("table.policy-envs tr[data-env=" + env + "]");
        return row.select("td").get(0).html();
    }

    private static TestCatalog withHosts(Path dir, int hosts, int selected) {
        StringBuilder p = new StringBuilder(
                "title: Dev\nvalues:\n  sshCidrs: [10.0.0.0/24]\n  sshPort: 22\n" + "  selector: has(ssh)\nhosts:\n");
        for (int h = 0; h < hosts; h++) {
            p.append("  - {name: dev-")
                    .append(h)
                    .append(", interface: eth0, ips: [10.0.1.")
                    .append(h + 1);
            p.append("]").append(h < selected ? ", labels: {ssh: 'yes'}" : "").append("}\n");
        }
        return TestCatalog.minimal(dir).with("profiles/dev.yaml", p.toString());
    }

    @Test
    void allOfManyHostsIsACountLinkingToTheEnvironmentsHosts(@TempDir Path dir) {
        assertEquals(
                "<a href=\"../environments/dev.html#hosts\">all 12</a>",
                cell(withHosts(dir, 12, 12).root(), "dev"));
    }

    @Test
    void allOfAFewHostsAreNamed(@TempDir Path dir) {
        assertEquals(
                "all 2: <code>dev-0</code>, <code>dev-1</code>",
                cell(withHosts(dir, 2, 2).root(), "dev"));
    }

    @Test
    void someOfManyHostsAreNamed(@TempDir Path dir) {
        assertEquals(
                "2 of 12: <code>dev-0</code>, <code>dev-1</code>",
                cell(withHosts(dir, 12, 2).root(), "dev"));
    }
}
