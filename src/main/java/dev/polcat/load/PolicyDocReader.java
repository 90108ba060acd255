package dev.polcat.load;

import dev.polcat.catalog.Caveat;
import dev.polcat.catalog.CaveatSeverity;
import dev.polcat.catalog.ExpectedFlow;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyDoc;
import dev.polcat.catalog.RuleNote;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SourcePos;
import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import dev.polcat.yaml.YamlSyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code NAME.md}: YAML front matter between {@code ---} lines, then a Markdown body. The front
 * matter is parsed in place (the opening line blanked) so that YAML positions are file positions.
 */
final class PolicyDocReader {
    private static final List<String> KEYS = InputKeys.FRONT_MATTER;
    private static final List<String> CAVEAT_KEYS = InputKeys.CAVEAT;

    private final Diagnostics diags;
    private final StrictYamlReader yaml;

    PolicyDocReader(Diagnostics diags, StrictYamlReader yaml) {
        this.diags = diags;
        this.yaml = yaml;
    }

    PolicyDoc read(String text, String file, String policy) {
        SourcePos top = new SourcePos(file, 1, 1);
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            error(
                    top,
                    "missing front matter",
                    "start the file with a '---' line, the YAML front matter, and another '---' line");
            return null;
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0 && normalized.endsWith("\n---")) end = normalized.length() - 4;
        if (end < 0) {
            error(top, "front matter is not closed", "end the front matter with a line containing only '---'");
            return null;
        }
        String front = "\n" + normalized.substring(4, end + 1);
        String body = end + 5 <= normalized.length() ? normalized.substring(end + 5) : "";
        YNode node;
        try {
            node = yaml.readSingle(front, file);
        } catch (YamlSyntaxError e) {
            diags.add(Diagnostic.error(e.code(), e.pos(), e.getMessage()).withHint(e.hint()));
            return null;
        }
        if (!(node instanceof YMap fm)) {
            error(
                    node.pos(),
                    "front matter must be a map with title, summary, tags, parameters, rules and caveats",
                    "");
            return null;
        }
        return doc(fm, body, policy, top);
    }

    private PolicyDoc doc(YMap fm, String body, String policy, SourcePos top) {
        for (YEntry e : fm.entries()) {
            if (!KEYS.contains(e.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY,
                                e.keyPos(),
                                "unknown front matter key '" + e.key() + "'")
                        .withHint(Suggestions.hint(e.key(), KEYS)));
            }
        }
        String title = text(fm, "title");
        // A title that is there but not text has its own error above; one message per mistake.
        if (title.isEmpty() && fm.get("title").isEmpty()) {
            error(
                    top,
                    "front matter needs a 'title'",
                    "add a line such as 'title: SSH from the admin networks' between the --- lines");
        }
        List<ParameterDecl> params = fm.get("parameters")
                .map(n -> new ParamDeclReader(diags).read(n, policy))
                .orElse(List.of());
        List<ExpectedFlow> examples = new ArrayList<>(
                new ExpectationReader(diags).read(fm.get("examples").orElse(null), top.file()));
        List<Caveat> caveats = caveats(fm, top.file());
        // A caveat's checks are examples like any other: the simulator holds them on every build.
        caveats.forEach(c -> examples.addAll(c.checks()));
        return new PolicyDoc(
                title, text(fm, "summary"), strings(fm, "tags"), params, notes(fm), caveats, examples, body, top);
    }

    private List<RuleNote> notes(YMap fm) {
        List<RuleNote> out = new ArrayList<>();
        YNode n = fm.get("rules").orElse(null);
        if (n == null) return out;
        if (!(n instanceof YMap m)) {
            error(n.pos(), "'rules' must map rule names (or prefixes ending in *) to notes", "");
            return out;
        }
        for (YEntry e : m.entries()) {
            if (e.value() instanceof YScalar s && s.kind() == YScalar.Kind.STRING) {
                out.add(new RuleNote(e.key(), s.text()));
            } else {
                error(e.value().pos(), "note for rule '" + e.key() + "' must be text", "");
            }
        }
        return out;
    }

    private List<Caveat> caveats(YMap fm, String file) {
        List<Caveat> out = new ArrayList<>();
        YNode n = fm.get("caveats").orElse(null);
        if (n == null) return out;
        if (!(n instanceof YList l)) {
            error(n.pos(), "'caveats' must be a list of {title, text}", "");
            return out;
        }
        for (YNode item : l.items()) {
            if (item instanceof YMap m && !text(m, "title").isEmpty()) {
                for (YEntry e : m.entries()) {
                    if (!CAVEAT_KEYS.contains(e.key())) {
                        diags.add(Diagnostic.error(
                                        DiagnosticCode.P104_UNKNOWN_KEY,
                                        e.keyPos(),
                                        "unknown caveat key '" + e.key() + "'")
                                .withHint(Suggestions.hint(e.key(), CAVEAT_KEYS)));
                    }
                }
                String title = text(m, "title");
                List<ExpectedFlow> checks = new ExpectationReader(diags)
                        .read(m.get("checks").orElse(null), file).stream()
                                .map(f -> f.reason().isEmpty() ? withReason(f, "caveat '" + title + "'") : f)
                                .toList();
                out.add(new Caveat(title, text(m, "text"), checks, severity(m)));
            } else {
                error(item.pos(), "a caveat needs a 'title' (and usually a 'text')", "");
            }
        }
        return out;
    }

    private CaveatSeverity severity(YMap m) {
        YNode n = m.get("severity").orElse(null);
        if (n == null) return CaveatSeverity.WARNING;
        String spelled = n instanceof YScalar s ? s.text() : "";
        return CaveatSeverity.parse(spelled).orElseGet(() -> {
            error(
                    n.pos(),
                    "caveat severity must be danger, warning or note, not '" + spelled + "'",
                    "danger: a mistake locks people out or exposes a service; warning: check before applying; note: background");
            return CaveatSeverity.WARNING;
        });
    }

    private static ExpectedFlow withReason(ExpectedFlow f, String reason) {
        return new ExpectedFlow(
                f.allow(), f.service(), f.flowService(), f.from(), f.to(), f.via(), reason, f.pos(), f.origin());
    }

    private String text(YMap m, String key) {
        YNode n = m.get(key).orElse(null);
        if (n == null) return "";
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return s.text();
        error(
                n.pos(),
                "'" + key + "' must be text, got " + n.describe(),
                n instanceof YScalar s ? "quote it: \"" + s.text() + "\"" : "");
        return "";
    }

    private List<String> strings(YMap m, String key) {
        YNode n = m.get(key).orElse(null);
        if (n == null) return List.of();
        if (n instanceof YList l) {
            List<String> out = new ArrayList<>();
            for (YNode item : l.items()) {
                if (item instanceof YScalar s && s.kind() == YScalar.Kind.STRING) out.add(s.text());
                else error(item.pos(), "'" + key + "' items must be text", "");
            }
            return out;
        }
        error(n.pos(), "'" + key + "' must be a list", "");
        return List.of();
    }

    private void error(SourcePos pos, String message, String hint) {
        diags.add(
                Diagnostic.error(DiagnosticCode.P111_FRONT_MATTER, pos, message).withHint(hint));
    }
}
