package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polcat check} on fresh and stale sites, and {@code polcat diff} against a git revision. */
class ReviewCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = PolcatCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void checkPassesOnAFreshSiteAndFailsOnAStaleOne() {
        TestCatalog c = TestCatalog.minimal(dir.resolve("cat"));
        String root = c.root().toString();
        assertEquals(0, run("build", "-C", root).exit());
        Run fresh = run("check", "-C", root);
        assertEquals(0, fresh.exit(), fresh.err());
        assertTrue(fresh.out().contains("is up to date"), fresh.out());

        c.with("profiles/dev.yaml", "values:\n  sshCidrs: [10.7.0.0/24]\n");
        Run stale = run("check", "-C", root);
        assertEquals(1, stale.exit(), stale.err());
        assertTrue(stale.out().contains("stale:   " + Path.of(root, "site", "download/dev/dev-ssh.yaml")), stale.out());
        assertTrue(stale.out().contains("-        nets: [10.0.0.0/24]"), stale.out());
        assertTrue(stale.out().contains("+        nets: [10.7.0.0/24]"), stale.out());
        assertTrue(stale.out().contains("run `polcat build`"), stale.out());

        assertEquals(0, run("build", "-C", root).exit());
        assertEquals(0, run("check", "-C", root).exit());
    }

    @Test
    void checkReportsMissingAndExtraFiles() throws IOException {
        TestCatalog c = TestCatalog.minimal(dir.resolve("cat"));
        String root = c.root().toString();
        run("build", "-C", root);
        Files.delete(c.root().resolve("site/index.html"));
        Files.writeString(c.root().resolve("site/notes.txt"), "hand-written");
        Run r = run("check", "-C", root);
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("missing: " + c.root().resolve("site/index.html")), r.out());
        assertTrue(r.out().contains("extra:   " + c.root().resolve("site/notes.txt")), r.out());
    }

    @Test
    void diffReadsAGitRevisionWithoutTouchingTheWorkTree() throws Exception {
        TestCatalog c = TestCatalog.minimal(dir.resolve("repo"));
        Path repo = c.root();
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "base");
        c.with("profiles/dev.yaml", "values:\n  sshCidrs: [10.0.0.0/24, 10.5.0.0/24]\n");
        String before = Files.readString(repo.resolve("profiles/dev.yaml"));

        Run r = run("diff", "-C", repo.toString(), "HEAD", repo.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("changed rule ingress[0] ssh-in"), r.out());
        assertTrue(r.out().contains("source.nets: [10.0.0.0/24] → [10.0.0.0/24, 10.5.0.0/24]"), r.out());
        assertEquals(before, Files.readString(repo.resolve("profiles/dev.yaml")));

        Run same = run("diff", "-C", repo.toString(), "HEAD", "HEAD");
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("no changes"));

        Run json = run("diff", "-C", repo.toString(), "--format", "json", "HEAD", repo.toString());
        assertTrue(json.out().contains("\"path\" : \"source.nets\""), json.out());

        Run bad = run("diff", "-C", repo.toString(), "no-such-branch", repo.toString());
        assertEquals(2, bad.exit());
        assertTrue(
                bad.err().contains("polcat: error: no-such-branch: neither a catalog folder nor a git revision\n"),
                bad.err());
    }

    static void git(Path repo, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertEquals(0, p.waitFor());
    }
}
