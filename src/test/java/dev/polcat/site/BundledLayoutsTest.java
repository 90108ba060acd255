package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.polcat.render.RenderLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * polcat's own layouts are parsed once per process and shared by every build (serve rebuilds after each
 * edit); a catalog's trusted overrides are read again for each build, since they can change between
 * builds. (Every site test in this JVM renders with the shared layouts.)
 */
class BundledLayoutsTest {
    @Test
    void buildsShareTheParsedBundledLayouts(@TempDir Path catalog) throws Exception {
        try (Layouts a = new Layouts(catalog, false, RenderLimits.DEFAULT);
                Layouts b = new Layouts(catalog, false, RenderLimits.DEFAULT)) {
            assertSame(a.configuration(), b.configuration());
            assertSame(
                    a.configuration().getTemplate("base.ftlh"),
                    b.configuration().getTemplate("base.ftlh"));
        }
    }

    @Test
    void trustedOverridesAreReadForEachBuild(@TempDir Path catalog) throws Exception {
        Files.createDirectories(catalog.resolve("templates/layouts"));
        try (Layouts shared = new Layouts(catalog, false, RenderLimits.DEFAULT);
                Layouts a = new Layouts(catalog, true, RenderLimits.DEFAULT);
                Layouts b = new Layouts(catalog, true, RenderLimits.DEFAULT)) {
            assertNotSame(shared.configuration(), a.configuration());
            assertNotSame(a.configuration(), b.configuration());
        }
    }
}
