package dev.polcat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.BuildResult;
import dev.polcat.catalog.Catalog;
import dev.polcat.diag.Diagnostics;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code baseUrl} in polcat.yaml: where the site is served, so that its 404 page can link from there. */
class BaseUrlTest {
    @TempDir
    Path dir;

    private Catalog load(String polcatYaml) {
        TestCatalog c = TestCatalog.minimal(dir).with("polcat.yaml", polcatYaml);
        return new CatalogLoader().load(c.root(), new Diagnostics());
    }

    @ParameterizedTest
    @CsvSource({
        "/polcat/, /polcat/, /polcat/",
        "/, /, /",
        "https://example.org/docs/, https://example.org/docs/, /docs/",
        "https://org.github.io/, https://org.github.io/, /",
    })
    void aPathOrAUrlEndingInASlashIsKeptAndOnlyItsPathIsUsedForLinks(String written, String kept, String path) {
        Catalog c = load("title: T\nbaseUrl: " + written + "\n");
        assertEquals(kept, c.baseUrl());
        assertEquals(path, c.basePath());
    }

    @Test
    void unsetMeansLinksStayRelative() {
        Catalog c = load("title: T\n");
        assertEquals("", c.baseUrl());
        assertEquals("", c.basePath());
    }

    @Test
    void aPathWithoutItsTrailingSlashIsAnErrorAtItsPosition() {
        BuildResult r = TestCatalog.minimal(dir)
                .with("polcat.yaml", "title: T\nbaseUrl: /polcat\n")
                .build();
        assertTrue(r.failed());
        String printed = TestCatalog.printed(r.diagnostics().all());
        assertEquals("""
                polcat.yaml:2:10: error: baseUrl: '/polcat' is not the path the site is served under [P107]
                  hint: write a path from the server's root that ends in '/', e.g. baseUrl: /polcat/ for a GitHub Pages \
                project site, or a full URL such as https://example.org/docs/""", printed.strip());
    }
}
