package dev.polcat.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into {@link YNode} trees with positions, refusing everything that could make a reviewer and
 * the build read a file differently: anchors, aliases and merge keys, tags, duplicate keys, and (for
 * {@link #readSingle}) extra documents. Limits on size and nesting keep hostile input cheap to reject.
 * Immutable and thread-safe.
 */
public final class StrictYamlReader {
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 64;

    private final YAMLFactory factory;
    private final LoaderOptions loader;
    private final int maxBytes;

    public StrictYamlReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public StrictYamlReader(int maxBytes) {
        this.maxBytes = maxBytes;
        this.loader = new LoaderOptions();
        loader.setCodePointLimit(maxBytes);
        loader.setAllowDuplicateKeys(true); // we detect duplicates ourselves, to report both lines
        this.factory = YAMLFactory.builder()
                .loaderOptions(loader)
                // An empty plain value ("source:" with nothing after it, a document after a
                // trailing "---") is null in YAML, as Go's yaml reader in kubectl and calicoctl
                // reads it; a quoted "" stays a string.
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxBytes)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxTokenCount(maxBytes / 2L)
                        .maxStringLength(maxBytes)
                        .maxNameLength(1024)
                        .maxNumberLength(64)
                        .build())
                .build();
    }

    /** Exactly one document; an empty input reads as a null scalar. */
    public YNode readSingle(String text, String file) throws YamlSyntaxError {
        List<YNode> docs = read(text, file, false);
        return docs.isEmpty() ? new YScalar(new SourcePos(file, 1, 1), "", YScalar.Kind.NULL) : docs.get(0);
    }

    /** Every document of a multi-document stream, in order. */
    public List<YNode> readAll(String text, String file) throws YamlSyntaxError {
        return read(text, file, true);
    }

    private List<YNode> read(String text, String file, boolean many) throws YamlSyntaxError {
        if (text.length() > maxBytes) {
            throw new YamlSyntaxError(
                    DiagnosticCode.P115_LIMIT,
                    SourcePos.of(file),
                    "file is larger than the " + (maxBytes / 1024) + " KiB limit",
                    "split it into smaller files");
        }
        // The subset reader gives up on anchors, aliases, tags and deep nesting itself: no pre-scan. Its
        // token limit is half of Jackson's (maxTokenCount below), so it gives up before Jackson would fail.
        List<YNode> common = SubsetYamlReader.read(text, file, many, maxBytes / 4);
        return common != null ? common : readFully(text, file, many);
    }

    /** The full reader, for any YAML: SnakeYAML's events through Jackson's parser. */
    List<YNode> readFully(String text, String file, boolean many) throws YamlSyntaxError {
        refuseYamlFeatures(text, file);
        try (JsonParser p = factory.createParser(text)) {
            Session s = new Session((YAMLParser) p, file);
            List<YNode> docs = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (!docs.isEmpty() && !many) {
                    throw new YamlSyntaxError(
                            DiagnosticCode.P103_YAML_FEATURE,
                            s.pos(p.currentTokenLocation()),
                            "a second YAML document ('---') is not allowed here",
                            "keep one document per file");
                }
                docs.add(s.value(t, 0));
            }
            return docs;
        } catch (StreamConstraintsException e) {
            // Jackson's limits carry no location, and name Java API in their text; say which limit in
            // the user's words. The parser has already stopped at the offending place.
            throw new YamlSyntaxError(
                    DiagnosticCode.P115_LIMIT,
                    e.getLocation() == null
                            ? SourcePos.of(file)
                            : new SourcePos(
                                    file,
                                    e.getLocation().getLineNr(),
                                    e.getLocation().getColumnNr()),
                    limitMessage(e.getOriginalMessage()),
                    LIMIT_HINT);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            SourcePos pos = loc == null ? SourcePos.of(file) : new SourcePos(file, loc.getLineNr(), loc.getColumnNr());
            SourcePos problem = problemMark(e.getOriginalMessage(), file);
            throw new YamlSyntaxError(
                    DiagnosticCode.P101_YAML_SYNTAX,
                    problem != null ? problem : pos,
                    cleanMessage(e.getOriginalMessage()),
                    "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One pass over SnakeYAML's events before Jackson reads any value: Jackson does not report anchors
     * on scalars, nor anchors and tags on keys ({@code ? &k key}, {@code !!str k: v}), so a stream parser
     * that sees every node checks those. It also stops deep nesting at the line where it happens (the
     * event parser keeps its own stack, so depth costs it nothing). Syntax errors are left to the
     * Jackson pass, which reports them with its own positions.
     */
    private void refuseYamlFeatures(String text, String file) throws YamlSyntaxError {
        if (!mayHaveNodeProperty(text) && !mayNestDeeply(text)) return;
        ParserImpl events = new ParserImpl(new StreamReader(text), loader);
        int depth = 0;
        try {
            while (!events.checkEvent(Event.ID.StreamEnd)) {
                Event e = events.getEvent();
                SourcePos pos = new SourcePos(
                        file, e.getStartMark().getLine() + 1, e.getStartMark().getColumn() + 1);
                if (e instanceof AliasEvent a) {
                    throw new YamlSyntaxError(
                            DiagnosticCode.P103_YAML_FEATURE,
                            pos,
                            "YAML aliases (*" + a.getAnchor() + ") are not allowed",
                            ALIAS_HINT);
                }
                if (e instanceof NodeEvent n && n.getAnchor() != null) {
                    throw new YamlSyntaxError(
                            DiagnosticCode.P103_YAML_FEATURE,
                            pos,
                            "YAML anchors (&" + n.getAnchor() + ") are not allowed",
                            ANCHOR_HINT);
                }
                String tag = e instanceof ScalarEvent sc
                        ? sc.getTag()
                        : e instanceof CollectionStartEvent c ? c.getTag() : null;
                if (tag != null) {
                    throw new YamlSyntaxError(
                            DiagnosticCode.P103_YAML_FEATURE, pos, "YAML tags (" + tag + ") are not allowed", TAG_HINT);
                }
                if (e instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                    throw new YamlSyntaxError(
                            DiagnosticCode.P115_LIMIT, pos, "nesting deeper than " + MAX_DEPTH + " levels", LIMIT_HINT);
                }
                if (e instanceof CollectionEndEvent) depth--;
            }
        } catch (YAMLException e) {
            // not valid YAML: the Jackson pass reports it
        }
    }

    /**
     * Anchors, aliases and tags start with &, * or ! at the start of a token (after a space, a bracket, a
     * comma, a colon, '?', '-' or at a line start) and are followed by a name. Text without any such sigil
     * cannot hold one, so the event pass is skipped (it doubles the cost of reading); a sigil inside a
     * quoted string only costs the extra pass. A plain scan, since this runs on every rendered policy.
     */
    static boolean mayHaveNodeProperty(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != '&' && c != '*' && c != '!') continue;
            char before = i == 0 ? '\n' : text.charAt(i - 1);
            char after = text.charAt(i + 1);
            boolean tokenStart = Character.isWhitespace(before) || "[{,:?-".indexOf(before) >= 0;
            if (tokenStart && !Character.isWhitespace(after) && after != '&' && after != '=') return true;
        }
        return false;
    }

    /** Deep nesting needs deeply nested flow brackets or deep indentation; either makes the event pass run. */
    private static boolean mayNestDeeply(String text) {
        int brackets = 0;
        int indent = 0;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '{') brackets++;
            if ((c == ']' || c == '}') && brackets > 0) brackets--;
            if (c == '\n') {
                lineStart = true;
                indent = 0;
            } else if (lineStart && (c == ' ' || c == '-')) {
                indent++;
            } else {
                lineStart = false;
            }
            if (brackets > MAX_DEPTH || indent > MAX_DEPTH) return true;
        }
        return false;
    }

    private static final String ALIAS_HINT =
            "write the value out in full; polcat reads files exactly as a reviewer sees them";
    private static final String ANCHOR_HINT =
            "write the value out in full; use 'extends' to share values between profiles";
    private static final String TAG_HINT = "remove the tag; quote the value if it must be a string";
    private static final String LIMIT_HINT =
            "YAML files here are small and flat; nothing legitimate comes near these limits";

    private String limitMessage(String raw) {
        String m = raw == null ? "" : raw;
        if (m.contains("nesting depth")) return "nesting deeper than " + MAX_DEPTH + " levels";
        if (m.contains("Document length")) return "file is larger than the " + (maxBytes / 1024) + " KiB limit";
        if (m.contains("String value length")) return "a value is longer than the " + (maxBytes / 1024) + " KiB limit";
        if (m.contains("Token count")) return "too many YAML values in one file";
        if (m.contains("Name length")) return "a key is longer than 1024 characters";
        if (m.contains("Number value length")) return "a number is longer than 64 digits";
        return "YAML limit exceeded: " + m.replaceAll("\\s*\\(.*StreamReadConstraints.*\\)", "");
    }

    /**
     * SnakeYAML's messages interleave the text with source excerpts; keep the text (which can hold file
     * content only through the excerpts) and the line where the enclosing construct started.
     */
    static String cleanMessage(String raw) {
        if (raw == null) return "invalid YAML";
        List<String> parts = new ArrayList<>();
        String[] lines = raw.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            var loc = LOCATION.matcher(line);
            if (loc.find()) {
                if (parts.size() == 1 && i + 3 < lines.length) {
                    parts.set(0, parts.get(0) + " (started at line " + loc.group(1) + ")");
                }
                i += 2; // skip the excerpt and the caret lines
            } else if (!line.isBlank()) {
                parts.add(line.strip());
            }
        }
        return "invalid YAML: " + String.join(": ", parts);
    }

    /** The last position SnakeYAML names is where the problem is; Jackson's may be an earlier token. */
    static SourcePos problemMark(String raw, String file) {
        if (raw == null) return null;
        SourcePos last = null;
        for (String line : raw.split("\\n")) {
            var loc = LOCATION.matcher(line);
            if (loc.find()) {
                last = new SourcePos(file, Integer.parseInt(loc.group(1)), Integer.parseInt(loc.group(2)));
            }
        }
        return last;
    }

    private static final java.util.regex.Pattern LOCATION =
            java.util.regex.Pattern.compile("^ in '.*', line (\\d+), column (\\d+):");

    private static final class Session {
        private final YAMLParser p;
        private final String file;

        Session(YAMLParser p, String file) {
            this.p = p;
            this.file = file;
        }

        SourcePos pos(JsonLocation loc) {
            return new SourcePos(file, loc.getLineNr(), loc.getColumnNr());
        }

        YNode value(JsonToken t, int depth) throws IOException, YamlSyntaxError {
            SourcePos pos = pos(p.currentTokenLocation());
            refuseYamlFeatures(pos);
            if (depth > MAX_DEPTH) {
                throw new YamlSyntaxError(
                        DiagnosticCode.P115_LIMIT, pos, "nesting deeper than " + MAX_DEPTH + " levels", "");
            }
            switch (t) {
                case START_OBJECT:
                    return map(pos, depth);
                case START_ARRAY:
                    return list(pos, depth);
                case VALUE_STRING:
                    return new YScalar(pos, SharedText.of(p.getText()), YScalar.Kind.STRING);
                case VALUE_NUMBER_INT:
                    return new YScalar(pos, SharedText.of(p.getText()), YScalar.Kind.INT);
                case VALUE_NUMBER_FLOAT:
                    return new YScalar(pos, SharedText.of(p.getText()), YScalar.Kind.FLOAT);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new YScalar(pos, SharedText.of(p.getText()), YScalar.Kind.BOOL);
                case VALUE_NULL:
                    return new YScalar(pos, p.getText() == null ? "" : p.getText(), YScalar.Kind.NULL);
                default:
                    throw new YamlSyntaxError(
                            DiagnosticCode.P103_YAML_FEATURE,
                            pos,
                            "unsupported YAML value (" + t + ")",
                            "use plain maps, lists and scalars");
            }
        }

        private void refuseYamlFeatures(SourcePos pos) throws IOException, YamlSyntaxError {
            if (p.isCurrentAlias()) {
                throw new YamlSyntaxError(
                        DiagnosticCode.P103_YAML_FEATURE,
                        pos,
                        "YAML aliases (*" + p.getText() + ") are not allowed",
                        ALIAS_HINT);
            }
            if (p.getObjectId() != null) {
                throw new YamlSyntaxError(
                        DiagnosticCode.P103_YAML_FEATURE,
                        pos,
                        "YAML anchors (&" + p.getObjectId() + ") are not allowed",
                        ANCHOR_HINT);
            }
            if (p.getTypeId() != null) {
                throw new YamlSyntaxError(
                        DiagnosticCode.P103_YAML_FEATURE,
                        pos,
                        "YAML tags (" + p.getTypeId() + ") are not allowed",
                        TAG_HINT);
            }
        }

        private YMap map(SourcePos pos, int depth) throws IOException, YamlSyntaxError {
            List<YEntry> entries = new ArrayList<>();
            Map<String, SourcePos> seen = new HashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                String key = p.currentName();
                SourcePos keyPos = pos(p.currentTokenLocation());
                if ("<<".equals(key)) {
                    throw new YamlSyntaxError(
                            DiagnosticCode.P103_YAML_FEATURE,
                            keyPos,
                            "YAML merge keys (<<) are not allowed",
                            "write the keys out in full; use 'extends' to share values between profiles");
                }
                SourcePos first = seen.putIfAbsent(key, keyPos);
                if (first != null) {
                    throw new YamlSyntaxError(
                            DiagnosticCode.P102_DUPLICATE_KEY,
                            keyPos,
                            "duplicate key '" + key + "' (first defined at line " + first.line() + ")",
                            "remove one of them; YAML readers disagree on which one wins");
                }
                entries.add(new YEntry(SharedText.of(key), keyPos, value(p.nextToken(), depth + 1)));
            }
            return new YMap(pos, entries);
        }

        private YList list(SourcePos pos, int depth) throws IOException, YamlSyntaxError {
            List<YNode> items = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                items.add(value(t, depth + 1));
            }
            return new YList(pos, items);
        }
    }
}
