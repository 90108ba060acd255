package dev.polcat.testing;

import dev.polcat.build.Build;
import dev.polcat.build.BuildRequest;
import dev.polcat.build.BuildResult;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A catalog written to a temporary folder for one test: a copy of a fixture (by default {@code
 * fixtures/minimal}: one profile, one policy) with files added, replaced or removed.
 */
public final class TestCatalog {
    private final Path root;

    private TestCatalog(Path root) {
        this.root = root;
    }

    public static TestCatalog minimal(Path dir) {
        return copyOf(fixture("minimal"), dir);
    }

    /** A copy of the example catalog (templates/ and profiles/ of this repository) in dir. */
    public static TestCatalog example(Path dir) {
        copyOf(Path.of("templates"), dir.resolve("templates"));
        copyOf(Path.of("profiles"), dir.resolve("profiles"));
        return new TestCatalog(dir);
    }

    public static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    public static TestCatalog copyOf(Path source, Path dir) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestCatalog(dir);
    }

    public TestCatalog with(String path, String content) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestCatalog without(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public BuildResult build() {
        return new Build().run(BuildRequest.of(root));
    }

    /** Every diagnostic as the CLI prints it, one block per diagnostic. */
    public String diagnostics() {
        return printed(build().diagnostics().all());
    }

    public static String printed(List<Diagnostic> diags) {
        return diags.stream().map(DiagnosticPrinter::format).collect(Collectors.joining("\n"));
    }
}
