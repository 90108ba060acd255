package dev.polcat.importer;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code polcat import}: read every environment's exports, write a catalog that reproduces them, and prove it by
 * building the catalog and comparing. The catalog is written to a staging folder beside OUT and moved into place
 * only when all of that succeeded: on any error nothing is left behind.
 */
public final class Importer {
    /** What happened: the files written (relative to OUT), the errors, the round-trip differences. */
    public record Result(
            List<String> files,
            List<Diagnostic> errors,
            List<String> differences,
            int resources,
            int skippedGenerated,
            Map<String, Integer> perEnv) {
        public boolean ok() {
            return errors.isEmpty() && differences.isEmpty();
        }
    }

    public Result run(Map<String, Path> sources, Path out, String title) throws IOException {
        ExportReader.Result read = new ExportReader().read(sources);
        List<Diagnostic> errors = read.diagnostics().stream()
                .filter(Diagnostic::isError)
                .sorted(Diagnostic.ORDER)
                .toList();
        Map<String, Integer> perEnv = new LinkedHashMap<>();
        for (String env : sources.keySet()) perEnv.put(env, 0);
        read.resources().forEach(r -> perEnv.merge(r.env(), 1, Integer::sum));
        if (!errors.isEmpty()) return new Result(List.of(), errors, List.of(), 0, read.skippedGenerated(), perEnv);

        Map<String, Map<String, ExportedResource>> byKey = new TreeMap<>();
        for (ExportedResource r : read.resources())
            byKey.computeIfAbsent(r.key(), k -> new LinkedHashMap<>()).put(r.env(), r);
        Map<String, String> files = CatalogFiles.of(List.copyOf(sources.keySet()), byKey, title);

        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".polcat-import-");
        try {
            for (var f : files.entrySet()) {
                Path p = staging.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            BuildResult built = new Build().run(BuildRequest.of(staging).withVerify(false));
            List<String> differences = new ArrayList<>();
            if (built.failed()) {
                built.diagnostics().all().stream()
                        .filter(Diagnostic::isError)
                        .forEach(d -> differences.add(
                                "the imported catalog does not build: " + d.pos() + ": " + d.fullMessage()));
            } else {
                differences.addAll(RoundTrip.differences(read.resources(), built.artifacts()));
            }
            if (!differences.isEmpty()) {
                return new Result(
                        List.of(), List.of(), differences, read.resources().size(), read.skippedGenerated(), perEnv);
            }
            Files.move(staging, out);
            staging = null;
            return new Result(
                    List.copyOf(files.keySet()),
                    List.of(),
                    List.of(),
                    read.resources().size(),
                    read.skippedGenerated(),
                    perEnv);
        } finally {
            if (staging != null) deleteTree(staging);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
