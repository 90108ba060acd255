package dev.polcat.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.analyze.diff.CatalogSide;
import dev.polcat.analyze.diff.FlowComparison;
import dev.polcat.analyze.diff.SemanticDiff;
import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.load.GitCatalogExport;
import dev.polcat.load.GitLog;
import dev.polcat.load.InputError;
import dev.polcat.site.PolicyHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each policy's history from git: walks the commits that changed the catalog (newest first, first
 * parents only), builds each revision and compares it with the one before using the diff engine, and
 * keeps the commits that touched a policy's files or changed what it renders. A commit's summary
 * depends only on the commit and its predecessor, so it is cached by both hashes under
 * {@code cacheDir}: a rebuild builds only revisions it has not summarized before.
 */
public final class HistoryReader {
    /** Entries per policy page. */
    public static final int PER_POLICY = 20;
    /** How far back to look: a bound on the first, uncached run. */
    public static final int MAX_COMMITS = 100;

    private static final String CACHE_VERSION = "v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BuildRequest request;
    private final Path cacheDir;
    private int builds;

    /** {@code request} gives the limits to build old revisions with; its catalog folder is the one in git. */
    public HistoryReader(BuildRequest request, Path cacheDir) {
        this.request = request.withVerify(false).withStrict(false).withCommit(null);
        this.cacheDir = cacheDir;
    }

    /** Revisions built by this reader (a cached commit needs none). */
    public int builds() {
        return builds;
    }

    public PolicyHistory read() {
        Path catalog = request.catalogDir();
        try {
            var commits = GitLog.catalogCommits(catalog, MAX_COMMITS).orElse(null);
            if (commits == null) {
                return PolicyHistory.unavailable("No history: the catalog was built outside a git work tree.");
            }
            Map<String, List<PolicyHistory.Entry>> byPolicy = new TreeMap<>();
            Map<String, CatalogSide> built = new HashMap<>();
            for (int i = 0; i < commits.size(); i++) {
                GitLog.Commit c = commits.get(i);
                String base = i + 1 < commits.size()
                        ? commits.get(i + 1).hash()
                        : GitLog.parent(catalog, c.hash()).orElse("");
                CommitSummary s = summary(c, base, built);
                built.keySet().removeIf(k -> !k.equals(base)); // the next commit compares with base: keep only it
                List<String> policies = new ArrayList<>(s.byPolicy().keySet());
                s.touchedPolicies().stream().filter(p -> !policies.contains(p)).forEach(policies::add);
                for (String p : policies) {
                    List<PolicyHistory.Entry> list = byPolicy.computeIfAbsent(p, k -> new ArrayList<>());
                    if (list.size() >= PER_POLICY) continue;
                    Map<String, String> envs = s.byPolicy().getOrDefault(p, Map.of());
                    list.add(new PolicyHistory.Entry(
                            c.hash(),
                            c.date(),
                            c.subject(),
                            envs.isEmpty()
                                    ? Map.of("", "no rule or value changed (documentation or template text)")
                                    : new TreeMap<>(envs)));
                }
            }
            return new PolicyHistory(byPolicy, GitLog.commitUrlPrefix(catalog), null);
        } catch (InputError e) {
            return PolicyHistory.unavailable("No history: " + e.getMessage() + ".");
        }
    }

    private CommitSummary summary(GitLog.Commit c, String base, Map<String, CatalogSide> built) throws InputError {
        Path file = cacheDir == null
                ? null
                : cacheDir.resolve(CACHE_VERSION + "-" + c.hash() + "-" + (base.isEmpty() ? "root" : base) + ".json");
        if (file != null && Files.isRegularFile(file)) {
            try {
                return JSON.readValue(file.toFile(), CommitSummary.class);
            } catch (IOException e) {
                // a damaged cache entry is made again
            }
        }
        List<String> touched = touchedPolicies(GitLog.changedFiles(request.catalogDir(), c.hash()));
        CatalogSide head = built.computeIfAbsent(c.hash(), this::side);
        CatalogSide before = base.isEmpty() ? null : built.computeIfAbsent(base, this::side);
        Map<String, Map<String, String>> byPolicy = new TreeMap<>();
        if (head == null) {
            touched.forEach(p -> byPolicy.put(p, Map.of("", "the catalog does not build at this commit")));
        } else if (before == null) {
            touched.forEach(p -> byPolicy.put(p, Map.of("", "first version")));
        } else {
            Map<String, PolicyTemplate> policies = new LinkedHashMap<>();
            before.catalog().policies().forEach(p -> policies.put(p.name(), p));
            head.catalog().policies().forEach(p -> policies.put(p.name(), p));
            byPolicy.putAll(CommitSummary.summarize(
                    new SemanticDiff(FlowComparison.NONE).compare(before, head), List.copyOf(policies.values())));
        }
        CommitSummary s = new CommitSummary(c.hash(), base, c.date(), c.subject(), touched, byPolicy);
        if (file != null) {
            try {
                Files.createDirectories(cacheDir);
                Path tmp = Files.createTempFile(cacheDir, "entry", ".tmp");
                JSON.writeValue(tmp.toFile(), s);
                Files.move(
                        tmp,
                        file,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // the cache is an optimisation: without it the next build summarizes again
            }
        }
        return s;
    }

    /** The catalog at {@code rev}, built; null when it does not build (or cannot be read). */
    private CatalogSide side(String rev) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("polcat-history-");
            GitCatalogExport.export(request.catalogDir(), rev, tmp);
            builds++;
            BuildResult r = new Build().analyze(request.withCatalog(tmp));
            return r.failed() ? null : new CatalogSide(rev, r.catalog(), r.policies(), r.analysis());
        } catch (InputError | IOException e) {
            return null;
        } finally {
            if (tmp != null) delete(tmp);
        }
    }

    /** {@code templates/policies/P.yaml.ftl} and {@code P.md} name policy P. */
    private static List<String> touchedPolicies(List<String> files) {
        List<String> out = new ArrayList<>();
        for (String f : files) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "^templates/policies/(.+?)(?:\\.yaml\\.ftl|\\.md)$")
                    .matcher(f);
            if (m.matches() && !out.contains(m.group(1))) out.add(m.group(1));
        }
        return out;
    }

    private static void delete(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
