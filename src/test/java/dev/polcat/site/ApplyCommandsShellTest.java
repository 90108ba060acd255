package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every apply command an environment page shows, exactly as shown, in bash: in a folder laid out as
 * that tab says (browser downloads of two environments side by side, the zip, a checkout), against a
 * stand-in {@code calicoctl}/{@code kubectl} that records each call. Asserts which files were applied,
 * in which order, and the exit code, also with a stand-in that fails on the third call.
 */
class ApplyCommandsShellTest {
    private static final String RECORDER = """
            #!/bin/sh
            # Records the call; with FAIL_AT=n, the n-th call fails with exit 7.
            n=$(( $(cat "$LOG.count" 2>/dev/null || echo 0) + 1 ))
            echo "$n" > "$LOG.count"
            f=""
            prev=""
            for a in "$@"; do [ "$prev" = "-f" ] && f="$a"; prev="$a"; done
            if [ -n "$f" ] && [ ! -f "$f" ]; then echo "$(basename "$0"): no file $f" >&2; exit 9; fi
            echo "$(basename "$0") $* | $(head -n 6 "$f" 2>/dev/null | grep '^# Environment:' | cut -d' ' -f3)" >> "$LOG"
            if [ "$n" = "${FAIL_AT:-0}" ]; then echo "failed on purpose" >&2; exit 7; fi
            """;

    @TempDir
    Path tmp;

    static Stream<Arguments> commands() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String env : List.of("prod", "staging")) {
            Document page = Jsoup.parse(text(env, "environments/" + env + ".html"));
            for (String layout : List.of("browser", "zip", "repo")) {
                for (String tool : List.of("calicoctl", "kubectl")) {
                    String id = "cmd-" + layout + "-" + tool;
                    out.add(Arguments.of(
                            env, layout, tool, page.getElementById(id).text()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("commands")
    void everyShownCommandAppliesTheRightFilesInOrder(String env, String layout, String tool, String command)
            throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path work = layOut(layout);
        List<String> expected = expectedCalls(env, layout, tool);

        Result ok = run(work, tool, command, 0);
        assertEquals(0, ok.exit(), command + "\n" + ok.stderr());
        assertEquals(expected, ok.calls(), command);

        if (expected.size() >= 3) {
            Result failing = run(layOut(layout + "-again"), tool, command, 3);
            assertEquals(7, failing.exit(), command + "\n" + failing.stderr());
            assertEquals(expected.subList(0, 3), failing.calls(), "stops at the first failure: " + command);
        }
    }

    /** The calls a command should make: one per file in apply order, or the environment's bundle. */
    private static List<String> expectedCalls(String env, String layout, String tool) throws Exception {
        JsonNode catalog = new ObjectMapper().readTree(text(env, "catalog.json"));
        JsonNode e = null;
        for (JsonNode n : catalog.get("environments"))
            if (n.get("name").asText().equals(env)) e = n;
        if (layout.equals("browser")) {
            String all = "download/" + env + "/" + env + "-all.yaml";
            return List.of(toolFor(tool, all) + " apply -f " + env + "-all.yaml | " + env);
        }
        String folder = layout.equals("zip") ? env + "/" : "site/download/" + env + "/";
        List<String> calls = new ArrayList<>();
        for (JsonNode p : e.get("applyOrder")) {
            String file = p.get("file").asText();
            calls.add(toolFor(tool, file) + " apply -f " + folder + file.substring(file.lastIndexOf('/') + 1) + " | "
                    + env);
        }
        return calls;
    }

    /** calicoctl reads no Kubernetes kinds: even the calicoctl commands apply such a file with kubectl. */
    private static String toolFor(String tool, String siteFile) throws Exception {
        boolean kubernetes = Files.readString(ExampleSite.onDisk().resolve(siteFile), StandardCharsets.UTF_8)
                .contains("\napiVersion: networking.k8s.io/v1\n");
        return kubernetes ? "kubectl" : tool;
    }

    /** A folder as the tab describes it: both environments' bundles downloaded, both zips, or a checkout. */
    private Path layOut(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path site = ExampleSite.onDisk();
        if (name.startsWith("browser")) {
            for (String env : List.of("prod", "staging")) {
                Files.copy(site.resolve("download/" + env + "/" + env + "-all.yaml"), dir.resolve(env + "-all.yaml"));
            }
        } else if (name.startsWith("zip")) {
            for (String env : List.of("prod", "staging")) {
                Files.copy(site.resolve("download/polcat-" + env + ".zip"), dir.resolve("polcat-" + env + ".zip"));
            }
        } else {
            copyTree(site, dir.resolve("site"));
        }
        return dir;
    }

    private record Result(int exit, List<String> calls, String stderr) {}

    private Result run(Path work, String tool, String command, int failAt) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String t : List.of("calicoctl", "kubectl")) {
            Path stub = bin.resolve(t);
            Files.writeString(stub, RECORDER);
            stub.toFile().setExecutable(true);
        }
        Path log = tmp.resolve("calls-" + System.nanoTime());
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", command)
                .directory(work.toFile())
                .redirectErrorStream(false);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("LOG", log.toString());
        pb.environment().put("FAIL_AT", Integer.toString(failAt));
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return new Result(p.exitValue(), calls, err);
    }

    private static String text(String env, String path) throws IOException {
        try {
            return Files.readString(ExampleSite.onDisk().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
