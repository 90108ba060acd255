package dev.polcat.diag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * The JSON side of {@link ControlChars}: Jackson escapes C0 controls itself, but writes DEL, C1 controls
 * and bidirectional overrides raw, and JSON output is read in terminals and CI logs too. Every JSON
 * report polcat writes comes from this factory, so all of them escape what {@link ControlChars} escapes.
 * Reports are records written by {@link #write(Object)}: their fields in record component order, with
 * the one layout every JSON report shares (two-space objects, {@code "key" : value}, {@code [ a, b ]},
 * a final newline); {@link #writeCompact(Object)} writes the same without layout.
 */
public final class SafeJson {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new Escapes());

    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY.copy());

    private static final ObjectWriter WRITER =
            MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private static final ObjectWriter COMPACT = MAPPER.writer();

    private SafeJson() {}

    /** {@code report} as pretty-printed JSON with a final newline: what every {@code --format json} prints. */
    public static String write(Object report) {
        return write(WRITER, report);
    }

    /**
     * {@code report} on one line with a final newline, for files only programs read: the layout was
     * nearly a third of {@code catalog.json} (57 MB against 39 MB at 500 policies × 20 environments).
     */
    public static String writeCompact(Object report) {
        return write(COMPACT, report);
    }

    /** {@link #writeCompact(Object)} onto a stream, for a file too large to hold as text. Leaves it open. */
    public static void writeCompact(Object report, java.io.OutputStream out) throws java.io.IOException {
        COMPACT.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, report);
        out.write('\n');
    }

    private static String write(ObjectWriter writer, Object report) {
        try {
            return writer.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared, thread-safe factory for every JSON report. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7f] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ControlChars.isUnsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
