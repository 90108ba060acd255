package dev.polcat.analyze.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.BuildResult;
import dev.polcat.report.DiffMarkdown;
import dev.polcat.report.DiffText;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairs of small catalogs and the exact review text polcat diff prints for them. */
class SemanticDiffTest {
    private static final String TEMPLATE = "templates/policies/ssh.yaml.ftl";
    private static final String HEADER = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata:
              name: ssh
            spec:
              order: 10
              selector: ${selector}
              ingress:
            """;
    private static final String SSH = """
                - action: Allow
                  protocol: TCP
                  source: {nets: ${pc.flow(sshCidrs)}}
                  destination: {ports: [22]}
            """;
    private static final String DNS = """
                - action: Allow
                  protocol: UDP
                  destination: {ports: [53]}
            """;
    private static final String ICMP = """
                - action: Allow
                  protocol: ICMP
            """;

    @TempDir
    Path base;

    @TempDir
    Path head;

    private String diff(TestCatalog b, TestCatalog h) {
        return DiffText.render(change(b, h)).strip();
    }

    private CatalogChange change(TestCatalog b, TestCatalog h) {
        return new SemanticDiff(FlowComparison.NONE).compare(side("base", b), side("head", h));
    }

    private static CatalogSide side(String label, TestCatalog c) {
        BuildResult r = c.build();
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        return new CatalogSide(label, r.catalog(), r.policies(), r.analysis());
    }

    private TestCatalog catalog(Path dir, String rules) {
        return TestCatalog.minimal(dir).with(TEMPLATE, HEADER + rules);
    }

    @Test
    void ruleInsertedAtTheTopIsOneAddedRule() {
        String out = diff(catalog(base, SSH + DNS), catalog(head, ICMP + SSH + DNS));
        assertEquals("""
                polcat diff base → head

                environment dev
                  changed GlobalNetworkPolicy/ssh
                    added rule ingress[0] Allow inbound ICMP from anywhere
                      + Allow inbound ICMP from anywhere""", out);
    }

    @Test
    void swappedRulesAreReportedAsMoved() {
        String out = diff(catalog(base, SSH + DNS + ICMP), catalog(head, DNS + SSH + ICMP));
        assertEquals("""
                polcat diff base → head

                environment dev
                  changed GlobalNetworkPolicy/ssh
                    moved rule ingress[0] → ingress[1] Allow inbound TCP to port 22 from 10.0.0.0/24""", out);
    }

    @Test
    void cidrChangeIsOneFieldOfOneRule() {
        TestCatalog b = catalog(base, SSH + DNS);
        TestCatalog h = catalog(head, SSH + DNS).with("profiles/dev.yaml", "values:\n  sshCidrs: [10.1.0.0/24]\n");
        assertEquals("""
                polcat diff base → head

                environment dev
                  value sshCidrs: 10.0.0.0/24 → 10.1.0.0/24
                  changed GlobalNetworkPolicy/ssh
                    changed rule ingress[0] Allow inbound TCP to port 22 from 10.1.0.0/24
                      source.nets: [10.0.0.0/24] → [10.1.0.0/24]""", diff(b, h));
    }

    @Test
    void portAddedIsAFieldChange() {
        String out = diff(catalog(base, SSH + DNS), catalog(head, SSH.replace("[22]", "[22, 2222]") + DNS));
        assertTrue(out.contains("destination.ports: [22] → [22, 2222]"), out);
        assertTrue(out.contains("changed rule ingress[0]"), out);
    }

    @Test
    void renamedPolicyIsRemovedPlusAdded() {
        TestCatalog b = catalog(base, SSH);
        TestCatalog h = TestCatalog.minimal(head)
                .with("templates/policies/admin-ssh.yaml.ftl", (HEADER + SSH).replace("name: ssh", "name: admin-ssh"))
                .with(
                        "templates/policies/admin-ssh.md",
                        TestCatalog.read(b.root().resolve("templates/policies/ssh.md")))
                .without(TEMPLATE)
                .without("templates/policies/ssh.md");
        String out = diff(b, h);
        assertTrue(out.contains("added GlobalNetworkPolicy/admin-ssh"), out);
        assertTrue(out.contains("removed GlobalNetworkPolicy/ssh"), out);
    }

    @Test
    void profileValueChangeShowsInEveryEnvironmentThatInheritsIt() {
        String parent = "abstract: true\nvalues:\n  sshCidrs: [10.0.0.0/24]\n";
        TestCatalog b = catalog(base, SSH)
                .with("profiles/shared.yaml", parent)
                .with("profiles/dev.yaml", "extends: shared\n")
                .with("profiles/prod.yaml", "extends: shared\n");
        TestCatalog h = catalog(head, SSH)
                .with("profiles/shared.yaml", parent.replace("10.0.0.0", "10.9.0.0"))
                .with("profiles/dev.yaml", "extends: shared\n")
                .with("profiles/prod.yaml", "extends: shared\n");
        CatalogChange c = change(b, h);
        assertEquals(2, c.environments().stream().filter(e -> !e.isEmpty()).count(), DiffText.render(c));
        for (EnvironmentChange e : c.environments()) {
            assertEquals(
                    "sshCidrs: 10.0.0.0/24 → 10.9.0.0/24", e.values().get(0).toString());
            assertEquals(1, e.ruleCount(ChangeKind.CHANGED));
        }
    }

    @Test
    void newEnvironmentIsReportedAsAdded() {
        TestCatalog h = catalog(head, SSH).with("profiles/prod.yaml", "values:\n  sshCidrs: [10.2.0.0/24]\n");
        String out = diff(catalog(base, SSH), h);
        assertTrue(out.contains("environment prod (added)"), out);
        assertTrue(out.contains("added GlobalNetworkPolicy/ssh"), out);
        assertFalse(out.contains("environment dev"), out);
    }

    @Test
    void orderChangeSaysWhatItMeans() {
        String out = diff(
                catalog(base, SSH), catalog(head, SSH).with(TEMPLATE, (HEADER + SSH).replace("order: 10", "order: 5")));
        assertTrue(out.contains("spec.order: 10 → 5"), out);
        assertTrue(out.contains("means: order 10 → 5: now evaluated earlier"), out);
    }

    @Test
    void identicalCatalogsHaveNoChanges() {
        CatalogChange c = change(catalog(base, SSH + DNS), catalog(head, SSH + DNS));
        assertTrue(c.isEmpty());
        assertEquals("polcat diff base → head\nno changes", DiffText.render(c).strip());
    }

    @Test
    void markdownStaysUnderTheCommentLimitForHundredsOfRules() {
        StringBuilder many = new StringBuilder();
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            many.append(DNS.replace("[53]", "[" + (1000 + i) + "]"));
            changed.append(DNS.replace("[53]", "[" + (1000 + i) + ", " + (5000 + i) + "]"));
        }
        TestCatalog b = catalog(base, many.toString());
        TestCatalog h = catalog(head, changed.toString());
        for (String env : new String[] {"a", "b", "c", "d", "e"}) {
            b.with("profiles/" + env + ".yaml", "values:\n  sshCidrs: [10.0.0.0/24]\n");
            h.with("profiles/" + env + ".yaml", "values:\n  sshCidrs: [10.0.0.0/24]\n");
        }
        String md = DiffMarkdown.render(change(b, h), "Run the command locally for the full report.");
        assertTrue(md.length() < DiffMarkdown.GITHUB_LIMIT, "length " + md.length());
        assertTrue(md.contains("**Report truncated:**"), md.substring(0, 500));
        assertTrue(md.contains("Run the command locally for the full report."));
        assertTrue(md.contains("| dev | 0 | 1 | 0 | 0 | 300 | 0 | 0 | 0 |"), md.substring(0, 1500));
    }

    @Test
    void markdownCannotBeInjectedThroughValues() {
        assertEquals("``a`b``", DiffMarkdown.code("a`b"));
        assertEquals("`` `x ``", DiffMarkdown.code("`x"));
        assertEquals("`a b`", DiffMarkdown.code("a\nb"));
        assertEquals(
                "&lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\]",
                DiffMarkdown.text("<img src=x onerror=alert(1)> *bold* [link]"));
    }
}
