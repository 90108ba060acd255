package dev.polcat;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's direction, held by a test rather than by the README alone: each layer may use only the
 * layers listed before it, packages form no cycles, and main code imports what it uses, so that a
 * reviewer reading the imports sees every dependency.
 */
class ArchitectureTest {
    /**
     * Bottom to top. A layer may use the layers before it; packages in one layer may use each other
     * (the cycle rule still holds between them). A new package must be placed here.
     */
    private static final List<List<String>> LAYERS = List.of(
            List.of("diag", "net"),
            List.of("yaml"),
            List.of("publish"),
            List.of("catalog", "calico", "calico.cluster", "calico.selector"),
            List.of("load", "load.flows"),
            List.of("schema"),
            List.of("render"),
            List.of("validate"),
            List.of("analyze.flow"),
            List.of("analyze"),
            List.of("analyze.lint", "analyze.diff"),
            List.of("analyze.verify"),
            List.of("analyze.run", "analyze.impact"),
            List.of("site", "report"),
            List.of("build"),
            List.of("importer", "serve", "bench", "history"),
            List.of("cli"));

    private static final Path MAIN_SOURCES = Path.of("src/main/java/dev/polcat");

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.polcat");
    }

    @Test
    void eachLayerUsesOnlyTheLayersBeforeIt() {
        layers().check(mainClasses);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("dev.polcat.(**)").should().beFreeOfCycles().check(mainClasses);
    }

    @Test
    void mainCodeNamesPolcatClassesThroughImports() {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String[] lines = codeOnly(read(file)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].stripLeading().startsWith("import ")
                        || lines[i].stripLeading().startsWith("package ")) {
                    continue;
                }
                Matcher m = FULLY_QUALIFIED.matcher(lines[i]);
                while (m.find()) found.add(MAIN_SOURCES.relativize(file) + ":" + (i + 1) + ": " + m.group());
            }
        }
        assertEquals(List.of(), found, "write an import instead of a fully-qualified name, so the dependency shows");
    }

    @Test
    void everyPackageStatesItsPurpose() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN_SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (!hasJavaClasses(dir)) continue;
                Path info = dir.resolve("package-info.java");
                if (!Files.exists(info) || !read(info).contains("/**"))
                    missing.add(MAIN_SOURCES.relativize(dir).toString());
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java Javadoc");
    }

    @Test
    void everyMainPackageHasALayer() {
        List<String> placed = LAYERS.stream().flatMap(List::stream).toList();
        List<String> unplaced = mainClasses.stream()
                .map(c -> c.getPackageName().substring("dev.polcat.".length()))
                .distinct()
                .filter(p -> !placed.contains(p))
                .sorted()
                .toList();
        assertEquals(List.of(), unplaced, "add these packages to ArchitectureTest.LAYERS");
    }

    private static LayeredArchitecture layers() {
        LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] packages =
                    LAYERS.get(i).stream().map(p -> "dev.polcat." + p).toArray(String[]::new);
            arch = arch.layer(name(i)).definedBy(packages);
        }
        arch = arch.whereLayer(name(0)).mayNotAccessAnyLayer();
        for (int i = 1; i < LAYERS.size(); i++) {
            String[] below = new String[i];
            Arrays.setAll(below, ArchitectureTest::name);
            arch = arch.whereLayer(name(i)).mayOnlyAccessLayers(below);
        }
        return arch;
    }

    private static String name(int layer) {
        return String.join("+", LAYERS.get(layer));
    }

    private static final Pattern FULLY_QUALIFIED = Pattern.compile("\\bdev\\.polcat\\.[\\w.]*?\\b[A-Z]\\w*");

    /** Source without comments, string and character literals: names there are not dependencies. */
    static String codeOnly(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("/*", i)) {
                i = keepNewlines(src, i, src.indexOf("*/", i + 2) + 2, out);
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("\"\"\"", i)) {
                i = keepNewlines(src, i, src.indexOf("\"\"\"", i + 3) + 3, out);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) j += src.charAt(j) == '\\' ? 2 : 1;
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int keepNewlines(String src, int from, int to, StringBuilder out) {
        int end = to < from ? src.length() : to;
        src.substring(from, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        return end;
    }

    private static boolean hasJavaClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
