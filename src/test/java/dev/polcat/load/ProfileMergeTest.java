package dev.polcat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.BuildResult;
import dev.polcat.catalog.Profile;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extends: maps merge key by key, lists replace, and every value remembers the profile that set it. */
class ProfileMergeTest {
    @TempDir
    Path dir;

    private Profile dev(TestCatalog c) {
        BuildResult r = c.build();
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        return r.catalog().environment("dev").orElseThrow();
    }

    @Test
    void threeLevelChainMergesAndKeepsProvenance() {
        TestCatalog c = TestCatalog.minimal(dir)
                .with(
                        "profiles/org.yaml",
                        "abstract: true\ntitle: Org\nvalues:\n  sshCidrs: [10.0.0.0/8]\n  sshPort: 2222\n")
                .with(
                        "profiles/region.yaml",
                        "abstract: true\nextends: org\nvalues:\n  sshCidrs: [10.1.0.0/16, 10.2.0.0/16]\n")
                .with("profiles/dev.yaml", "extends: region\ntitle: Dev\nvalues:\n  selector: has(dev)\n");
        Profile dev = dev(c);
        assertEquals(java.util.List.of("dev", "region", "org"), dev.chain());
        assertEquals("10.1.0.0/16, 10.2.0.0/16", dev.values().get("sshCidrs").display(), "lists replace, not append");
        assertEquals("profiles/region.yaml", dev.values().get("sshCidrs").pos().file());
        assertEquals("2222", dev.values().get("sshPort").display());
        assertEquals("profiles/org.yaml", dev.values().get("sshPort").pos().file());
        assertEquals("profiles/dev.yaml", dev.values().get("selector").pos().file());
        assertEquals("Dev", dev.title());
    }

    @Test
    void mapsMergeKeyByKeyAcrossProfiles() {
        TestCatalog c = TestCatalog.minimal(dir)
                .with(
                        "profiles/base.yaml",
                        "abstract: true\nvalues:\n  sshCidrs: [10.0.0.0/8]\npolicies:\n  ssh:\n    values: {sshPort: 2022}\n")
                .with("profiles/dev.yaml", "extends: base\npolicies:\n  ssh:\n    enabled: true\n");
        Profile dev = dev(c);
        assertEquals(
                "2022",
                dev.value("ssh", "sshPort").orElseThrow().display(),
                "the parent's policy values survive the child's map");
        assertTrue(dev.isEnabled("ssh"));
    }

    @Test
    void abstractAndExtendsAreNotInherited() {
        TestCatalog c = TestCatalog.minimal(dir)
                .with("profiles/base.yaml", "abstract: true\nvalues:\n  sshCidrs: [10.0.0.0/8]\n")
                .with("profiles/dev.yaml", "extends: base\n");
        BuildResult r = c.build();
        assertEquals(
                java.util.List.of("dev"),
                r.catalog().environments().stream().map(Profile::name).toList());
    }

    @Test
    void aDisabledPolicyIsNotRendered() {
        TestCatalog c = TestCatalog.minimal(dir).with("profiles/dev.yaml", "policies:\n  ssh: {enabled: false}\n");
        BuildResult r = c.build();
        assertFalse(r.failed(), () -> TestCatalog.printed(r.diagnostics().all()));
        assertTrue(r.artifacts().stream().noneMatch(a -> a.path().equals("download/dev/dev-ssh.yaml")));
    }
}
