package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lint that finds the same thing in several environments is one caveat on the policy page, even when
 * each environment's message names its own profile and the rule's position in its own rendering.
 */
class CaveatGroupingTest {
    @Test
    void theEnvironmentsOwnNameAndANamedRulesPositionAreLeftOut() {
        assertEquals(
                "spec.ingress[] (ssh) allows tcp/22 to prod-etcd-1, which profiles/\u0001.yaml does not declare",
                PolicyCaveats.general(
                        "spec.ingress[3] (ssh) allows tcp/22 to prod-etcd-1, which profiles/prod.yaml does not declare",
                        "prod"));
        assertEquals("env \u0001 has IPv6 addresses", PolicyCaveats.general("env prod has IPv6 addresses", "prod"));
        assertEquals(
                "spec.ingress[3] allows all",
                PolicyCaveats.general("spec.ingress[3] allows all", "prod"),
                "an unnamed rule keeps its position: it is all that tells it apart");
        assertNotEquals(PolicyCaveats.general("to prod-etcd-1", "prod"), PolicyCaveats.general("to dev-etcd-1", "dev"));
    }

    private static String profile(String env) {
        return "title: " + env + "\nvalues:\n  sshCidrs: [0.0.0.0/0]\n  sshPort: 22\n  selector: has(ssh)\n"
                + "hosts:\n  - {name: node-1, interface: eth0, ips: [10.0.1.1], labels: {ssh: 'yes'}}\n";
    }

    @Test
    void oneCaveatListsEveryEnvironmentAndTheEnvironmentPagesLinkToIt(@TempDir Path dir) {
        Path root = TestCatalog.minimal(dir)
                .with("profiles/dev.yaml", profile("dev"))
                .with("profiles/prod.yaml", profile("prod"))
                .root();
        BuildResult r = new Build().run(BuildRequest.of(root));
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        Document page = Jsoup.parse(text(r, "policies/ssh.html"));
        Elements detected = page.select("div.caveat:has(code:containsOwn(open-to-internet))");
        assertEquals(1, detected.size(), detected::outerHtml);
        String where = detected.select(".sub").text();
        String expected = "In dev, prod (worded as in dev; in the others it names their own environment and the"
                + " rule's position there) · rule ssh-in · ";
        assertEquals(expected, where.substring(0, Math.min(where.length(), expected.length())), where);
        String anchor = detected.attr("id");
        for (String env : new String[] {"dev", "prod"}) {
            Document envPage = Jsoup.parse(text(r, "environments/" + env + ".html"));
            assertEquals(
                    1,
                    envPage.select("a[href=../policies/ssh.html#" + anchor + "]")
                            .size(),
                    env + " links to the one caveat");
        }
    }

    private static String text(BuildResult r, String path) {
        return r.artifacts().stream()
                .filter(a -> a.path().equals(path))
                .findFirst()
                .orElseThrow()
                .asText();
    }
}
