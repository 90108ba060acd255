package dev.polcat.render;

import dev.polcat.diag.SourcePos;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.core.TextBlock;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where each part of a rendered policy came from: the output offsets at which a template element
 * started writing, the element, and (for text written inside a library macro) the call in the policy
 * template. Positions are worked out only when a diagnostic asks, so rendering pays for a few array
 * writes per element and nothing more.
 */
public final class SourceMap {
    /** A template position for a rendered one; {@code inLibrary} is the macro's own line, or null. */
    public record Origin(SourcePos at, SourcePos inLibrary) {}

    static final SourceMap EMPTY = new SourceMap("", new int[0], new TracedElement[0], new TracedElement[0]);

    private final String text;
    private final int[] offsets;
    private final TracedElement[] writers;
    private final TracedElement[] callSites;

    SourceMap(String text, int[] offsets, TracedElement[] writers, TracedElement[] callSites) {
        this.text = text;
        this.offsets = offsets;
        this.writers = writers;
        this.callSites = callSites;
    }

    /** The template position that wrote rendered line {@code line}, column {@code col} (1-based). */
    public Optional<Origin> origin(int line, int col) {
        int offset = offsetOf(line, Math.max(col, 1));
        if (offset < 0 || writers.length == 0) return Optional.empty();
        int i = Arrays.binarySearch(offsets, offset);
        if (i < 0) i = -i - 2;
        // Several zero-length writes may share an offset: the last one at it wrote the character.
        while (i + 1 < offsets.length && offsets[i + 1] == offsets[i] && offsets[i + 1] <= offset) i++;
        if (i < 0) return Optional.empty();
        SourcePos within = positionIn(writers[i], offsets[i], offset);
        TracedElement call = callSites[i];
        if (call == null) return Optional.of(new Origin(within, null));
        return Optional.of(new Origin(pos(call, call.getBeginLine(), call.getBeginColumn()), within));
    }

    /** The rendered line, for showing under a message. */
    public String line(int line) {
        int start = offsetOf(line, 1);
        if (start < 0) return "";
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** Static text maps character by character; anything else (an interpolation) maps to where it starts. */
    private SourcePos positionIn(TracedElement e, int segmentStart, int offset) {
        if (!(e instanceof TextBlock)) return pos(e, e.getBeginLine(), e.getBeginColumn());
        int line = e.getBeginLine();
        int col = e.getBeginColumn();
        for (int k = segmentStart; k < offset && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return pos(e, line, col);
    }

    private static SourcePos pos(TracedElement e, int line, int col) {
        return new SourcePos("templates/" + e.getTemplate().getSourceName(), line, col);
    }

    private int offsetOf(int line, int col) {
        if (line < 1) return -1;
        int start = 0;
        for (int l = 1; l < line; l++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) return -1;
        }
        int end = text.indexOf('\n', start);
        int lineEnd = end < 0 ? text.length() : end;
        return Math.min(start + col - 1, lineEnd);
    }
}
