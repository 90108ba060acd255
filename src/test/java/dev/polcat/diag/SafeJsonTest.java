package dev.polcat.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two layouts of the one JSON writer: both escape what {@link ControlChars} escapes. */
class SafeJsonTest {
    record Report(String name, List<Integer> ports) {}

    private static final Report REPORT = new Report("a\u007fb\u202ec", List.of(22, 443));

    @Test
    void writeLaysOutForPeople() {
        assertEquals("""
                {
                  "name" : "a\\u007fb\\u202ec",
                  "ports" : [ 22, 443 ]
                }
                """, SafeJson.write(REPORT));
    }

    @Test
    void writeCompactWritesOneLineWithTheSameEscapes() {
        assertEquals("{\"name\":\"a\\u007fb\\u202ec\",\"ports\":[22,443]}\n", SafeJson.writeCompact(REPORT));
    }

    @Test
    void writeCompactOntoAStreamWritesTheSameBytesAndLeavesItOpen() throws Exception {
        var out = new java.io.ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        SafeJson.writeCompact(REPORT, out);
        assertEquals(SafeJson.writeCompact(REPORT), out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(false, out.closed);
    }
}
