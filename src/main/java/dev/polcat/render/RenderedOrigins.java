package dev.polcat.render;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.SourcePos;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves diagnostics found in rendered YAML (validation, lints) to the template line that wrote the text,
 * where an author can fix it: the rendered file exists nowhere on disk. The rendered line is kept as
 * the excerpt with a caret under the column, and the rendered position as context, so {@code polcat
 * render --raw} can show the whole file with the same line numbers.
 */
public final class RenderedOrigins {
    private final Map<String, Origin> byFile = new HashMap<>();

    /**
     * What relocating needs of one rendered file. Not the rendered policy itself: that holds its parsed
     * documents, and this map lives until the analysis is done (at 500 policies x 20 environments the
     * documents' trees were a third of the heap).
     */
    private record Origin(String env, String policy, SourceMap sourceMap) {}

    public RenderedOrigins(List<RenderedPolicy> rendered) {
        for (RenderedPolicy r : rendered) {
            byFile.put(r.renderedFile(), new Origin(r.env().name(), r.policy().name(), r.sourceMap()));
        }
    }

    public Diagnostic relocate(Diagnostic d) {
        Origin r = byFile.get(d.pos().file());
        if (r == null || !d.pos().hasLine()) return d;
        SourcePos rendered = d.pos();
        return r.sourceMap()
                .origin(rendered.line(), rendered.col())
                .map(o -> {
                    String via = o.inLibrary() == null ? "" : "in " + o.inLibrary() + ", called from here\n";
                    String context = via + rendered + " as rendered; see: polcat render --raw --env " + r.env() + " "
                            + r.policy();
                    return d.at(o.at(), context, excerpt(r.sourceMap().line(rendered.line()), rendered.col()));
                })
                .orElse(d);
    }

    /** The line and, under it, a caret at the column (tabs kept, so the caret lines up in a terminal). */
    static String excerpt(String line, int col) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < Math.min(Math.max(col, 1) - 1, line.length()); i++)
            caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
        return line + "\n" + caret + "^";
    }
}
