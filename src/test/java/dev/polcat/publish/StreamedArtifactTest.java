package dev.polcat.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file too large to hold twice is written as it is made, with the checks every file gets. */
class StreamedArtifactTest {
    @TempDir
    Path dir;

    @Test
    void aStreamedFileLandsWithExactlyItsBytes() throws Exception {
        Path site = dir.resolve("site");
        try (SiteWriter.Staged out = new SiteWriter().open(site)) {
            out.acceptStreamed("catalog.json", s -> {
                s.write("{\"a\":".getBytes(StandardCharsets.UTF_8));
                s.write("1}\n".getBytes(StandardCharsets.UTF_8));
            });
            out.accept(Artifact.text("index.html", "<p>hi</p>"));
            out.commit();
        }
        assertEquals("{\"a\":1}\n", Files.readString(site.resolve("catalog.json")));
        assertEquals("<p>hi</p>", Files.readString(site.resolve("index.html")));
        assertEquals("catalog.json\nindex.html\n", Files.readString(site.resolve(SiteWriter.MANIFEST)));
    }

    @Test
    void aStreamedFileWithAnUnsafeOrRepeatedPathFailsTheCommitAndLeavesTheSite() throws Exception {
        Path site = dir.resolve("site");
        for (String bad : new String[] {"../escape.json", "catalog.json"}) {
            try (SiteWriter.Staged out = new SiteWriter().open(site)) {
                out.acceptStreamed("catalog.json", s -> s.write('1'));
                out.acceptStreamed(bad, s -> s.write('2'));
                PublishException e = assertThrows(PublishException.class, out::commit);
                assertEquals("refusing duplicate or unsafe output path '" + bad + "'", e.getMessage());
            }
            assertFalse(Files.exists(site));
            assertFalse(Files.exists(dir.resolve("escape.json")));
        }
    }

    @Test
    void aSinkThatCannotStreamCollectsTheBytes() {
        ArtifactSink.Collecting files = new ArtifactSink.Collecting();
        files.acceptStreamed("a.txt", s -> s.write(new byte[] {1, 2, 3}));
        assertEquals("a.txt", files.sorted().get(0).path());
        assertArrayEquals(new byte[] {1, 2, 3}, files.sorted().get(0).bytes());
    }
}
