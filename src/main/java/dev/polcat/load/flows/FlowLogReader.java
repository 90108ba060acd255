package dev.polcat.load.flows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    private final JsonFactory json = new JsonFactory();
    private final JsonFlowFields fields = new JsonFlowFields();
    private final FlowAggregator flows = new FlowAggregator();
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
            problems.add(Diagnostic.error(DiagnosticCode.P117_FLOW_LOG, SourcePos.of(shown), "no such file")
                    .withHint("export the flows first; see README, \"Observed traffic\""));
            return new FlowLog(shown, "missing", List.of(), 0, 0, problems, true);
        }
        try {
            format = readAll(file);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            int line = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 0;
            problems.add(Diagnostic.error(DiagnosticCode.P117_FLOW_LOG, new SourcePos(shown, Math.max(0, line), 0),
                    "cannot read the flow log: " + why).withHint(FORMATS));
            return new FlowLog(shown, "unreadable", List.of(), good, bad, problems, true);
        }
        boolean failed = false;
        if (bad > LISTED) {
            problems.add(Diagnostic.note(DiagnosticCode.P117_FLOW_LOG, SourcePos.of(shown), "… and " + (bad - LISTED)
                    + " more bad records, not listed"));
        }
        if (good + bad == 0) {
            failed = true;
            problems.add(Diagnostic.error(DiagnosticCode.P117_FLOW_LOG, SourcePos.of(shown), "the flow log holds no flows")
                    .withHint(FORMATS));
        } else if (bad > MAX_BAD_SHARE * (good + bad)) {
            failed = true;
            problems.add(Diagnostic.error(DiagnosticCode.P117_FLOW_LOG, SourcePos.of(shown), String.format(Locale.ROOT,
                    "%d of %d records (%.1f%%) could not be read; more than 1%% is an error", bad, good + bad,
                    100.0 * bad / (good + bad))).withHint(FORMATS));
        }
        return new FlowLog(shown, format, flows.flows(), good, bad, problems, failed);
    }

    static final String FORMATS = "expected Goldmane flows as JSON (one Flow or FlowResult per line, or a FlowListResult), "
            + "Calico Enterprise flow logs (JSON lines) or a CSV/TSV list src,dst,proto,port[,count]; see README, \"Observed traffic\"";

    private String readAll(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                if (t.startsWith("{") && t.endsWith("}")) {
                    jsonLines(in, line, n);
                    return "JSON lines";
                }
                if (t.startsWith("{") || t.startsWith("[")) break;
                csv(in, line, n, t.indexOf('\t') >= 0 ? '\t' : ',');
                return t.indexOf('\t') >= 0 ? "TSV" : "CSV";
            }
            if (line == null) return "empty";
        }
        jsonDocument(file);
        return "JSON document";
    }

    private void jsonLines(BufferedReader in, String first, int firstNo) throws IOException {
        String line = first;
        int n = firstNo;
        do {
            if (!line.isBlank()) jsonLine(line, n);
            line = in.readLine();
            n++;
        } while (line != null);
    }

    private void jsonLine(String line, int n) {
        try (JsonParser p = json.createParser(line)) {
            p.nextToken();
            fields.read(p, (f, ignored) -> record(f, n));
            if (p.nextToken() != null) throw new IllegalArgumentException("more than one JSON value on the line");
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            int where = why.indexOf(" (for "); // Jackson's own location text; the line number says where
            skip(n, "not JSON: " + (where > 0 ? why.substring(0, where) : why));
        } catch (IOException | IllegalArgumentException e) {
            skip(n, e.getMessage());
        }
    }

    private void jsonDocument(Path file) throws IOException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonParser p = json.createParser(in)) {
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
            problems.add(Diagnostic.error(DiagnosticCode.P117_FLOW_LOG, new SourcePos(shown, line, 0), "record skipped: " + why));
        }
    }
}
