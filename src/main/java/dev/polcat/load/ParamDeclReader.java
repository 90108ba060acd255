package dev.polcat.load;

import dev.polcat.catalog.ParamType;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code parameters} block of a policy doc: for each parameter its type ({@code cidr[]},
 * {@code enum} with {@code values}, {@code record[]} with {@code fields}), default, required flag and
 * description. Defaults are checked against their type.
 */
final class ParamDeclReader {
    static final List<String> RESERVED = InputNames.RESERVED_PARAMETERS;
    private static final List<String> KEYS = InputKeys.PARAMETER;
    static final List<String> GUARDS = InputKeys.GUARD_ROLES;
    private static final String NAME = InputNames.PARAMETER;

    private final Diagnostics diags;
    private final ParamBinder binder;

    ParamDeclReader(Diagnostics diags) {
        this.diags = diags;
        this.binder = new ParamBinder(diags);
    }

    List<ParameterDecl> read(YNode node, String policy) {
        List<ParameterDecl> out = new ArrayList<>();
        if (!(node instanceof YMap map)) {
            error(node, "parameters: expected a map of parameter name to declaration, got " + node.describe(), "");
            return out;
        }
        for (YEntry e : map.entries()) {
            if (!e.key().matches(NAME) || RESERVED.contains(e.key())) {
                diags.add(
                        Diagnostic.error(
                                        DiagnosticCode.P112_PARAM_DECLARATION,
                                        e.keyPos(),
                                        "invalid parameter name '" + e.key() + "'")
                                .withHint(
                                        "use letters, digits and _ starting with a letter; env, policy, hosts and pc are reserved"));
                continue;
            }
            ParameterDecl d = decl(e, policy);
            if (d != null) out.add(d);
        }
        return out;
    }

    private ParameterDecl decl(YEntry e, String policy) {
        if (!(e.value() instanceof YMap m)) {
            error(e.value(), "parameter '" + e.key() + "': expected a map with at least 'type'", "");
            return null;
        }
        for (YEntry k : m.entries()) {
            if (!KEYS.contains(k.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY,
                                k.keyPos(),
                                "parameter '" + e.key() + "': unknown key '" + k.key() + "'")
                        .withHint(Suggestions.hint(k.key(), KEYS)));
            }
        }
        ParamType type = type(m, e.key());
        if (type == null) return null;
        String description = scalar(m, "description");
        boolean required = scalar(m, "required").equals("true");
        ParamValue def = m.get("default")
                .map(n -> binder.bind(n, type, "default of '" + e.key() + "'"))
                .orElse(null);
        String guard = scalar(m, "guard");
        if (!guard.isEmpty() && !GUARDS.contains(guard)) {
            error(
                    m.get("guard").orElseThrow(),
                    "parameter '" + e.key() + "': unknown guard role '" + guard + "'",
                    "guard roles: management (cidr[]), datastore (record[] with ip and ports, or ip[]), bgp (cidr[] or ip[])");
            guard = "";
        }
        return new ParameterDecl(e.key(), type, def, required, description, guard, policy, e.keyPos());
    }

    private ParamType type(YMap m, String name) {
        String spelling = scalar(m, "type");
        if (spelling.isEmpty()) {
            error(m, "parameter '" + name + "': missing 'type'", typesHint());
            return null;
        }
        boolean list = spelling.endsWith("[]");
        String base = list ? spelling.substring(0, spelling.length() - 2) : spelling;
        ParamType item;
        if (base.equals("record")) {
            item = record(m, name);
        } else {
            ParamType.Kind kind = Arrays.stream(ParamType.Kind.values())
                    .filter(k -> k.spelling().equals(base))
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
                error(
                        m.get("type").orElseThrow(),
                        "parameter '" + name + "': unknown type '" + spelling + "'",
                        Suggestions.closest(base, spellings())
                                .map(s -> "did you mean '" + s + (list ? "[]" : "") + "'?")
                                .orElse(typesHint()));
                return null;
            }
            item = kind == ParamType.Kind.ENUM ? enumType(m, name) : ParamType.Scalar.of(kind);
        }
        if (item == null) return null;
        return list ? new ParamType.ListOf(item) : item;
    }

    private ParamType enumType(YMap m, String name) {
        YNode values = m.get("values").orElse(null);
        if (!(values instanceof YList l) || l.items().isEmpty()) {
            error(
                    values == null ? m : values,
                    "parameter '" + name + "': an enum needs 'values', a list of allowed strings",
                    "");
            return null;
        }
        List<String> allowed = l.items().stream()
                .map(n -> n instanceof YScalar s ? s.text() : "")
                .toList();
        return new ParamType.Scalar(ParamType.Kind.ENUM, allowed);
    }

    private ParamType record(YMap m, String name) {
        YNode fields = m.get("fields").orElse(null);
        if (!(fields instanceof YMap fm) || fm.isEmpty()) {
            error(
                    fields == null ? m : fields,
                    "parameter '" + name + "': a record needs 'fields', a map of field declarations",
                    "");
            return null;
        }
        Map<String, ParameterDecl> out = new LinkedHashMap<>();
        for (ParameterDecl f : read(fm, "")) out.put(f.name(), f);
        return out.size() == fm.entries().size() ? new ParamType.Record(out) : null;
    }

    private static List<String> spellings() {
        List<String> s = new ArrayList<>();
        for (ParamType.Kind k : ParamType.Kind.values()) s.add(k.spelling());
        s.add("record");
        return s;
    }

    private static String typesHint() {
        return "types: " + String.join(", ", spellings()) + "; add [] for a list (cidr[], record[])";
    }

    private static String scalar(YMap m, String key) {
        return m.get(key)
                .filter(n -> n instanceof YScalar)
                .map(n -> ((YScalar) n).text())
                .orElse("");
    }

    private void error(YNode at, String message, String hint) {
        diags.add(Diagnostic.error(DiagnosticCode.P112_PARAM_DECLARATION, at.pos(), message)
                .withHint(hint));
    }
}
