package dev.polcat.load.flows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a flow log, its format detected by content: JSON lines (one Goldmane {@code Flow} or
 * {@code FlowResult}, or a Calico Enterprise flow log, per line), a JSON document (a Goldmane
 * {@code FlowListResult}, or an array of flows), or a CSV/TSV flow list. Records are aggregated as they are
 * read, so memory grows with the distinct flows, not the records. A bad record is skipped and reported at
 * its line; more than 1% bad records make the whole file an error (it is probably not a flow log).
 */
public final class FlowLogReader {
    public static final double MAX_BAD_SHARE = 0.01;
    private static final int LISTED = 20;
    /** Shapes remembered at most: bounds memory when every record is a flow of its own. */
    private static final int MAX_SHAPES = 200_000;

    private final JsonFactory json = new JsonFactory();
    private final JsonFlowFields fields = new JsonFlowFields();
    private final FlowAggregator flows = new FlowAggregator();
    private final JsonLineShape shape = new JsonLineShape();
    private final Map<JsonLineShape.Key, Known> known = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private String shown = "";
    private long good;
    private long bad;

    /** Reads {@code file}; {@code shown} is how messages name it. Use one reader per file. */
    public static FlowLog read(Path file, String shown) {
        return new FlowLogReader().run(file, shown);
    }

    private FlowLog run(Path file, String name) {
        this.shown = name;
        String format;
        if (!Files.isRegularFile(file)) {
            boolean exists = Files.exists(file);
            problems.add(Diagnostic.error(
                            DiagnosticCode.P117_FLOW_LOG,
                            SourcePos.of(shown),
                            exists ? "not a regular file (a folder, device or pipe)" : "no such file")
                    .withHint(
                            exists
                                    ? "save the flow log to a file and pass that file"
                                    : "export the flows first; see README, \"Observed traffic\""));
            return new FlowLog(shown, "missing", List.of(), 0, 0, problems, true);
        }
        try {
            format = readAll(file);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            int line = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr()
                    : 0;
            problems.add(Diagnostic.error(
                            DiagnosticCode.P117_FLOW_LOG,
                            new SourcePos(shown, Math.max(0, line), 0),
                            "cannot read the flow log: " + why)
                    .withHint(FORMATS));
            return new FlowLog(shown, "unreadable", List.of(), good, bad, problems, true);
        }
        boolean failed = false;
        if (bad > LISTED) {
            problems.add(Diagnostic.note(
                    DiagnosticCode.P117_FLOW_LOG,
                    SourcePos.of(shown),
                    "… and " + (bad - LISTED) + " more bad records, not listed"));
        }
        if (good + bad == 0) {
            failed = true;
            problems.add(
                    Diagnostic.error(DiagnosticCode.P117_FLOW_LOG, SourcePos.of(shown), "the flow log holds no flows")
                            .withHint(FORMATS));
        } else if (bad > MAX_BAD_SHARE * (good + bad)) {
            failed = true;
            problems.add(Diagnostic.error(
                            DiagnosticCode.P117_FLOW_LOG,
                            SourcePos.of(shown),
                            String.format(
                                    Locale.ROOT,
                                    "%d of %d records (%.1f%%) could not be read; more than 1%% is an error",
                                    bad,
                                    good + bad,
                                    100.0 * bad / (good + bad)))
                    .withHint(FORMATS));
        }
        return new FlowLog(shown, format, flows.flows(), good, bad, problems, failed);
    }

    static final String FORMATS =
            "expected Goldmane flows as JSON (one Flow or FlowResult per line, or a FlowListResult), "
                    + "Calico Enterprise flow logs (JSON lines) or a CSV/TSV list src,dst,proto,port[,count]; see README, \"Observed traffic\"";

    private String readAll(Path file) throws IOException {
        boolean lines;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                if (t.startsWith("{") || t.startsWith("[")) break;
                csv(in, line, n, t.indexOf('\t') >= 0 ? '\t' : ',');
                return t.indexOf('\t') >= 0 ? "TSV" : "CSV";
            }
            if (line == null) return "empty";
            // A whole object on the first line: one record a line; anything else is one pretty-printed document.
            lines = line.strip().startsWith("{") && line.strip().endsWith("}");
        }
        if (lines) {
            jsonLines(file);
            return "JSON lines";
        }
        jsonDocument(file);
        return "JSON document";
    }

    /** JSON lines, read as bytes: each line's shape is looked up first, and only a new shape is parsed. */
    private void jsonLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 20];
            int len = 0;
            int n = 0;
            while (true) {
                int read = in.read(buf, len, buf.length - len);
                if (read < 0) {
                    if (len > 0) jsonLine(buf, 0, len, ++n, false);
                    return;
                }
                len += read;
                int start = 0;
                while (start < len) {
                    // The record's own end is usually the line's: scanning it first spares a search for the newline.
                    int i = shape.scan(buf, start, len);
                    boolean shaped = i >= 0;
                    while (shaped && i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r')) i++;
                    if (!shaped || i >= len || buf[i] != '\n') {
                        shaped = false;
                        i = start;
                        while (i < len && buf[i] != '\n') i++;
                        if (i == len) break;
                    }
                    jsonLine(buf, start, i, ++n, shaped);
                    start = i + 1;
                }
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
                if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
    }

    private record Known(
            FlowAggregator.Tally tally,
            FlowRecord.Action action,
            FlowRecord.Reporter reporter,
            FlowRecord.Action pending) {}

    /** One line; {@code shaped}: {@link #shape} holds this line's scan. */
    private void jsonLine(byte[] b, int from, int to, int n, boolean shaped) {
        int first = from;
        while (first < to && (b[first] == ' ' || b[first] == '\t' || b[first] == '\r')) first++;
        if (first == to || b[first] == '#') return;
        if (!shaped) {
            int e = shape.scan(b, from, to);
            while (e >= 0 && e < to && (b[e] == ' ' || b[e] == '\t' || b[e] == '\r')) e++;
            shaped = e == to;
        }
        if (shaped) {
            Known k = known.get(shape.key);
            if (k != null) {
                k.tally().add(k.action(), k.reporter(), shape.connections(), k.pending());
                good++;
                return;
            }
        }
        List<FlowRecord> got = new ArrayList<>(1);
        try (JsonParser p = json.createParser(b, from, to - from)) {
            p.nextToken();
            boolean[] failed = {false};
            fields.read(p, (f, ignored) -> {
                try {
                    got.add(JsonFlowRecord.of(f, n));
                } catch (IllegalArgumentException e) {
                    if (!failed[0]) skip(n, e.getMessage());
                    failed[0] = true;
                }
            });
            if (p.nextToken() != null) throw new IllegalArgumentException("more than one JSON value on the line");
            if (failed[0]) return;
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            int where = why.indexOf(" (for "); // Jackson's own location text; the line number says where
            skip(n, "not JSON: " + (where > 0 ? why.substring(0, where) : why));
            return;
        } catch (IOException | IllegalArgumentException e) {
            skip(n, e.getMessage());
            return;
        }
        for (FlowRecord r : got) {
            FlowAggregator.Tally t = flows.add(r);
            good++;
            if (shaped && got.size() == 1 && known.size() < MAX_SHAPES) {
                known.put(shape.key.copy(), new Known(t, r.action(), r.reporter(), r.pending()));
            }
        }
    }

    private void jsonDocument(Path file) throws IOException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = json.createParser(in)) {
            while (p.nextToken() != null) fields.read(p, this::record);
        }
    }

    private void record(java.util.Map<String, Object> f, int line) {
        try {
            flows.add(JsonFlowRecord.of(f, line));
            good++;
        } catch (IllegalArgumentException e) {
            skip(line, e.getMessage());
        }
    }

    private void csv(BufferedReader in, String first, int firstNo, char separator) throws IOException {
        String line = first;
        int n = firstNo;
        boolean header = FlowCsv.isHeader(first);
        do {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !(header && n == firstNo)) {
                try {
                    flows.add(FlowCsv.parse(line, separator, n));
                    good++;
                } catch (IllegalArgumentException e) {
                    skip(n, e.getMessage());
                }
            }
            line = in.readLine();
            n++;
        } while (line != null);
    }

    private void skip(int line, String why) {
        bad++;
        if (bad <= LISTED) {
            problems.add(Diagnostic.error(
                    DiagnosticCode.P117_FLOW_LOG, new SourcePos(shown, line, 0), "record skipped: " + why));
        }
    }
}
