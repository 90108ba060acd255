package dev.polcat.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.publish.Artifact;
import dev.polcat.site.PolicyHistory;
import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-policy history on a temporary git repository: entries, their summaries, the page, and the cache. */
class HistoryReaderTest {
    private static final String RULE = """
                - action: Allow
                  metadata: {annotations: {polcat.dev/rule: ping-in}}
                  protocol: ICMP
            """;

    @Test
    void threeCommitsGiveThreeEntriesNewestFirstWithRuleLevelSummaries(@TempDir Path dir) throws Exception {
        Path repo = threeCommits(dir);
        PolicyHistory h = new HistoryReader(BuildRequest.of(repo), dir.resolve("cache")).read();
        List<PolicyHistory.Entry> ssh = h.byPolicy().get("ssh");
        assertEquals(
                List.of("Allow ping", "Move SSH to the new admin network", "SSH policy"),
                ssh.stream().map(PolicyHistory.Entry::subject).toList(),
                "the README-only commit is not listed");
        assertEquals(Map.of("dev", "+ping-in"), ssh.get(0).envs());
        assertEquals(
                Map.of("dev", "~ssh-in (source.nets); sshCidrs: 10.0.0.0/24 → 10.0.1.0/24"),
                ssh.get(1).envs());
        assertEquals(Map.of("", "first version"), ssh.get(2).envs());
        assertEquals(
                List.of("2026-01-03", "2026-01-02", "2026-01-01"),
                ssh.stream().map(PolicyHistory.Entry::date).toList());
        assertNull(h.commitUrl(), "no GitHub remote");
    }

    @Test
    void aRebuildReusesTheCacheAndBuildsOnlyNewCommits(@TempDir Path dir) throws Exception {
        Path repo = threeCommits(dir);
        Path cache = dir.resolve("cache");
        HistoryReader first = new HistoryReader(BuildRequest.of(repo), cache);
        PolicyHistory before = first.read();
        assertEquals(3, first.builds(), "each revision once (the root commit has no predecessor to build)");
        HistoryReader again = new HistoryReader(BuildRequest.of(repo), cache);
        assertEquals(before, again.read());
        assertEquals(0, again.builds(), "every commit summarized from the cache");
        Files.writeString(
                repo.resolve("profiles/dev.yaml"),
                Files.readString(repo.resolve("profiles/dev.yaml")).replace("sshPort: 22", "sshPort: 2222"));
        git(repo, "2026-01-05", "commit", "-qam", "Move SSH to 2222");
        HistoryReader next = new HistoryReader(BuildRequest.of(repo), cache);
        List<PolicyHistory.Entry> ssh = next.read().byPolicy().get("ssh");
        assertEquals(2, next.builds(), "the new commit and the one before it, nothing older");
        assertEquals(
                Map.of("dev", "~ssh-in (destination.ports); sshPort: 22 → 2222"),
                ssh.get(0).envs());
        assertEquals(4, ssh.size());
    }

    @Test
    void thePolicyPageShowsTheHistoryOrSaysWhyNot(@TempDir Path dir) throws Exception {
        Path repo = threeCommits(dir);
        PolicyHistory h = new HistoryReader(BuildRequest.of(repo), dir.resolve("cache")).read();
        Document page = page(new Build(dev.polcat.build.BuildListener.NONE, h).run(BuildRequest.of(repo)));
        assertEquals(
                3,
                page.select("#history + p + ol.history-list > li").size(),
                page.select("section.history").outerHtml());
        assertTrue(
                page.selectFirst("ol.history-list > li").text().startsWith("2026-01-03 Allow ping "),
                page.selectFirst("ol.history-list > li").text());
        assertTrue(page.selectFirst("ol.history-list > li li").text().equals("dev: +ping-in"));

        Path plain = dir.resolve("plain");
        TestCatalog.minimal(plain);
        PolicyHistory none = new HistoryReader(BuildRequest.of(plain), dir.resolve("cache2")).read();
        Document outside = page(new Build(dev.polcat.build.BuildListener.NONE, none).run(BuildRequest.of(plain)));
        assertEquals(
                "No history: the catalog was built outside a git work tree.",
                outside.selectFirst("section.history p").text());
        assertTrue(
                page(new Build().run(BuildRequest.of(repo)))
                        .select("section.history")
                        .isEmpty(),
                "no section unless asked for");
    }

    private static Document page(BuildResult r) {
        Artifact a = r.artifacts().stream()
                .filter(x -> x.path().equals("policies/ssh.html"))
                .findFirst()
                .orElseThrow();
        return Jsoup.parse(a.asText());
    }

    /** SSH policy; its CIDR moved; a rule added; then a commit outside the catalog. */
    private static Path threeCommits(Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        TestCatalog.minimal(repo);
        git(repo, null, "init", "-q", "-b", "main");
        git(repo, "2026-01-01", "add", ".");
        git(repo, "2026-01-01", "commit", "-qm", "SSH policy");
        Path dev = repo.resolve("profiles/dev.yaml");
        Files.writeString(dev, Files.readString(dev).replace("10.0.0.0/24", "10.0.1.0/24"));
        git(repo, "2026-01-02", "commit", "-qam", "Move SSH to the new admin network");
        Path template = repo.resolve("templates/policies/ssh.yaml.ftl");
        Files.writeString(template, Files.readString(template) + RULE);
        git(repo, "2026-01-03", "commit", "-qam", "Allow ping");
        Files.writeString(repo.resolve("README.md"), "notes\n");
        git(repo, "2026-01-04", "add", "README.md");
        git(repo, "2026-01-04", "commit", "-qm", "Notes");
        return repo;
    }

    private static void git(Path repo, String date, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                "git",
                "-C",
                repo.toString(),
                "-c",
                "user.name=Test",
                "-c",
                "user.email=test@example.com",
                "-c",
                "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (date != null) {
            pb.environment().put("GIT_AUTHOR_DATE", date + "T12:00:00Z");
            pb.environment().put("GIT_COMMITTER_DATE", date + "T12:00:00Z");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + out);
    }
}
