package dev.polcat.cli;

import dev.polcat.build.BuildRequest;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.render.RenderLimits;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by every command that reads a catalog. */
public final class CatalogOptions {
    @Option(
            names = {"-C", "--catalog"},
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Catalog folder holding profiles/ and templates/ (default: the current folder).")
    Path catalog;

    @Option(
            names = "--template-timeout",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description = "Stop a template that renders for longer than this (default: ${DEFAULT-VALUE}).")
    int templateTimeout;

    @Option(
            names = "--time-budget",
            paramLabel = "SECONDS",
            defaultValue = "0",
            description = "Stop all rendering after this many seconds in total, however many templates and "
                    + "environments (default: no budget; each template still has --template-timeout).")
    int timeBudget;

    @Option(
            names = "--max-output",
            paramLabel = "MIB",
            defaultValue = "4",
            description = "Stop a template whose output grows beyond this many MiB (default: ${DEFAULT-VALUE}).")
    int maxOutputMib;

    @Option(
            names = "--template-stack",
            paramLabel = "MIB",
            defaultValue = "2",
            description = "Stack size of each render thread, which bounds how deeply templates can recurse "
                    + "(default: ${DEFAULT-VALUE}).")
    int templateStackMib;

    @Option(
            names = {"-j", "--threads"},
            paramLabel = "N",
            description = "Render on N threads (default: one per core).")
    Integer threads;

    @Option(
            names = "--trust-layouts",
            description =
                    "Use the catalog's own site layouts and stylesheet (templates/layouts/). They write the site's "
                            + "HTML, so only pass this for reviewed catalogs, never in pull-request builds.")
    boolean trustLayouts;

    @Option(
            names = "--ci-annotations",
            negatable = true,
            description = "Also print errors as GitHub Actions annotations (default: on when GITHUB_ACTIONS=true).")
    Boolean ciAnnotations;

    BuildRequest request() {
        return requestFor(catalog);
    }

    /**
     * The options applied to another catalog folder ({@code diff}'s and {@code impact}'s sides: a folder
     * given as an argument, or a revision exported from git), which alone must be a catalog.
     */
    BuildRequest requestFor(java.nio.file.Path dir) {
        checkIsCatalog(dir);
        // Clamped so that a large value cannot overflow into a negative (always failing) limit.
        RenderLimits limits = new RenderLimits(
                Duration.ofSeconds(Math.max(1, templateTimeout)),
                clamp(maxOutputMib, 1024) * 1024 * 1024,
                clamp(templateStackMib, 1024) * 1024L * 1024,
                Duration.ofSeconds(Math.max(0, timeBudget)));
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        return new BuildRequest(dir, limits, n, false, true, trustLayouts);
    }

    /** Says so at once when -C names no folder, or one without profiles/ and templates/. */
    void checkIsCatalog() {
        checkIsCatalog(catalog);
    }

    private static void checkIsCatalog(java.nio.file.Path dir) {
        String shown = DiagnosticPrinter.safe(dir.toString());
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new NotACatalog(
                    "catalog folder '" + shown + "' does not exist",
                    "pass the folder that holds profiles/ and templates/ with -C, or create a catalog with: polcat init "
                            + shown);
        }
        if (!java.nio.file.Files.isDirectory(dir.resolve("profiles"))
                && !java.nio.file.Files.isDirectory(dir.resolve("templates"))) {
            throw new NotACatalog(
                    "'" + shown + "' is not a polcat catalog: it has no profiles/ and no templates/ folder",
                    "pass the catalog folder with -C, or create a catalog here with: polcat init " + shown);
        }
    }

    private static int clamp(int mib, int max) {
        return Math.min(Math.max(1, mib), max);
    }

    boolean annotations() {
        return ciAnnotations != null ? ciAnnotations : "true".equals(System.getenv("GITHUB_ACTIONS"));
    }
}
