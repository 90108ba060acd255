package dev.polcat.load;

import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.ParamType;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.Suggestions;
import dev.polcat.net.IpNet;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw YAML into typed parameter values, or reports exactly why not. Values are read as written:
 * a YAML 1.1 reader's guesses ({@code NO} as false, {@code 0755} as 493) are errors that show how to
 * write the value unambiguously.
 */
public final class ParamBinder {
    private static final String DECIMAL = "-?(0|[1-9][0-9]{0,17})";

    private final Diagnostics diags;

    public ParamBinder(Diagnostics diags) {
        this.diags = diags;
    }

    /** The typed value, or null after reporting why {@code node} is not {@code type}. */
    public ParamValue bind(YNode node, ParamType type, String path) {
        if (type instanceof ParamType.ListOf list) return bindList(node, list, path);
        if (type instanceof ParamType.Record rec) return bindRecord(node, rec, path);
        ParamType.Scalar scalar = (ParamType.Scalar) type;
        if (!(node instanceof YScalar s) || s.isNull()) {
            return fail(
                    node,
                    DiagnosticCode.P105_WRONG_TYPE,
                    path + ": expected " + type.describe() + ", got " + node.describe(),
                    "");
        }
        return switch (scalar.kind()) {
            case STRING -> text(s, path);
            case BOOL -> bool(s, path);
            case INT -> integer(s, path);
            case PORT -> port(s, path);
            case CIDR -> address(s, path, true);
            case IP -> address(s, path, false);
            case SELECTOR -> selector(s, path);
            case ENUM -> enumeration(s, scalar, path);
        };
    }

    private ParamValue text(YScalar s, String path) {
        if (s.kind() == YScalar.Kind.STRING) return new ParamValue.Text(s.text(), s.pos());
        return ambiguous(s, path, "a string");
    }

    private ParamValue bool(YScalar s, String path) {
        if (s.kind() == YScalar.Kind.BOOL
                && (s.text().equals("true") || s.text().equals("false"))) {
            return new ParamValue.Bool(s.text().equals("true"), s.pos());
        }
        if (s.kind() == YScalar.Kind.BOOL) {
            return fail(
                    s,
                    DiagnosticCode.P114_AMBIGUOUS_SCALAR,
                    path + ": '" + s.text() + "' is a boolean only to YAML 1.1 readers",
                    "write true or false");
        }
        return fail(
                s,
                DiagnosticCode.P105_WRONG_TYPE,
                path + ": expected true or false, got " + s.describe() + " '" + s.text() + "'",
                "");
    }

    private ParamValue integer(YScalar s, String path) {
        if (s.kind() == YScalar.Kind.INT && s.text().matches(DECIMAL)) {
            return new ParamValue.Int(Long.parseLong(s.text()), s.pos());
        }
        if (s.kind() == YScalar.Kind.INT) return ambiguousNumber(s, path);
        return fail(
                s,
                DiagnosticCode.P105_WRONG_TYPE,
                path + ": expected a whole number, got " + s.describe() + " '" + s.text() + "'",
                "");
    }

    private ParamValue port(YScalar s, String path) {
        if (s.kind() == YScalar.Kind.INT && !s.text().matches(DECIMAL)) return ambiguousNumber(s, path);
        String t = s.text();
        if ((s.kind() == YScalar.Kind.INT || s.kind() == YScalar.Kind.STRING) && t.matches("[1-9][0-9]{0,4}")) {
            int p = Integer.parseInt(t);
            if (p <= 65535) return new ParamValue.PortValue(p, p, s.pos());
        } else if (s.kind() == YScalar.Kind.STRING && t.matches("[1-9][0-9]{0,4}:[1-9][0-9]{0,4}")) {
            int min = Integer.parseInt(t.substring(0, t.indexOf(':')));
            int max = Integer.parseInt(t.substring(t.indexOf(':') + 1));
            if (min <= max && max <= 65535) return new ParamValue.PortValue(min, max, s.pos());
        }
        return fail(
                s,
                DiagnosticCode.P107_INVALID_VALUE,
                path + ": '" + t + "' is not a valid port",
                "a port is a number from 1 to 65535, or a range \"min:max\" (quoted)");
    }

    private ParamValue address(YScalar s, String path, boolean network) {
        String what = network ? "CIDR" : "IP address";
        if (s.kind() != YScalar.Kind.STRING) {
            return fail(
                    s,
                    DiagnosticCode.P105_WRONG_TYPE,
                    path + ": expected " + (network ? "a CIDR" : "an IP address") + ", got " + s.describe() + " '"
                            + s.text() + "'",
                    "");
        }
        var parsed = IpNet.parse(s.text());
        if (parsed.isEmpty()) {
            return fail(
                    s,
                    DiagnosticCode.P107_INVALID_VALUE,
                    path + ": '" + s.text() + "' is not a valid " + what,
                    network
                            ? "write a network such as 10.0.0.0/24 or fd00::/64"
                            : "write an address such as 10.0.0.1 or fd00::1");
        }
        IpNet net = parsed.get();
        if (network && !net.hasPrefix()) {
            return fail(
                    s,
                    DiagnosticCode.P107_INVALID_VALUE,
                    path + ": '" + s.text() + "' has no prefix length",
                    "did you mean " + net.hostCidr() + "?");
        }
        if (network && net.hasHostBits()) {
            return fail(
                    s,
                    DiagnosticCode.P107_INVALID_VALUE,
                    path + ": '" + s.text() + "' has host bits set, so Calico would reject it",
                    "did you mean " + net.canonical() + " (the network) or " + net.address() + "/"
                            + (net.version() == 4 ? 32 : 128) + " (the host)?");
        }
        if (!network && net.hasPrefix()) {
            return fail(
                    s,
                    DiagnosticCode.P107_INVALID_VALUE,
                    path + ": '" + s.text() + "' is a network, not an IP address",
                    "write the address alone, e.g. " + net.address());
        }
        return new ParamValue.Address(network ? net.canonical() : net.address(), net.version(), network, net, s.pos());
    }

    private ParamValue selector(YScalar s, String path) {
        if (s.kind() != YScalar.Kind.STRING) return ambiguous(s, path, "a selector");
        try {
            return new ParamValue.SelectorText(Selector.parse(s.text()).canonical(), s.pos());
        } catch (SelectorParseException e) {
            return fail(
                    s, DiagnosticCode.P107_INVALID_VALUE, path + ": invalid selector: " + e.getMessage(), e.caret());
        }
    }

    private ParamValue enumeration(YScalar s, ParamType.Scalar type, String path) {
        if (s.kind() == YScalar.Kind.STRING && type.enumValues().contains(s.text())) {
            return new ParamValue.Text(s.text(), s.pos());
        }
        return fail(
                s,
                DiagnosticCode.P107_INVALID_VALUE,
                path + ": '" + s.text() + "' is not allowed",
                Suggestions.hint(s.text(), type.enumValues()));
    }

    private ParamValue bindList(YNode node, ParamType.ListOf type, String path) {
        if (!(node instanceof YList list)) {
            String hint =
                    node instanceof YScalar sc && !sc.isNull() ? "for a single item write [" + sc.text() + "]" : "";
            return fail(
                    node,
                    DiagnosticCode.P105_WRONG_TYPE,
                    path + ": expected " + type.describe() + ", got " + node.describe(),
                    hint);
        }
        List<ParamValue> items = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            ParamValue v = bind(list.items().get(i), type.item(), path + "[" + i + "]");
            ok &= v != null;
            items.add(v);
        }
        return ok ? new ParamValue.ListValue(items, list.pos()) : null;
    }

    private ParamValue bindRecord(YNode node, ParamType.Record type, String path) {
        if (!(node instanceof YMap map)) {
            return fail(
                    node,
                    DiagnosticCode.P105_WRONG_TYPE,
                    path + ": expected " + type.describe() + ", got " + node.describe(),
                    "");
        }
        boolean ok = true;
        for (YEntry e : map.entries()) {
            if (!type.fields().containsKey(e.key())) {
                ok = false;
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY, e.keyPos(), path + ": unknown field '" + e.key() + "'")
                        .withHint(Suggestions.hint(e.key(), type.fields().keySet())));
            }
        }
        Map<String, ParamValue> fields = new LinkedHashMap<>();
        for (ParameterDecl f : type.fields().values()) {
            YNode raw = map.get(f.name()).orElse(null);
            ParamValue v = raw == null ? f.defaultValue() : bind(raw, f.type(), path + "." + f.name());
            if (raw != null && v == null) ok = false;
            if (v == null && raw == null && f.required()) {
                ok = false;
                diags.add(Diagnostic.error(
                        DiagnosticCode.P106_MISSING_VALUE,
                        map.pos(),
                        path + ": missing required field '" + f.name() + "' ("
                                + f.type().describe() + ")"));
            }
            if (v != null) fields.put(f.name(), v);
        }
        return ok ? new ParamValue.RecordValue(fields, map.pos()) : null;
    }

    private ParamValue ambiguous(YScalar s, String path, String expected) {
        String reading = switch (s.kind()) {
            case BOOL -> "a boolean";
            case INT, FLOAT -> "a number";
            case NULL -> "null";
            default -> "something else";
        };
        return fail(
                s,
                DiagnosticCode.P114_AMBIGUOUS_SCALAR,
                path + ": expected " + expected + ", but YAML reads '" + s.text() + "' as " + reading,
                "quote it: \"" + s.text() + "\"");
    }

    private ParamValue ambiguousNumber(YScalar s, String path) {
        return fail(
                s,
                DiagnosticCode.P114_AMBIGUOUS_SCALAR,
                path + ": '" + s.text()
                        + "' is not a plain decimal number (YAML 1.1 reads it as octal, hex or with separators)",
                "write the decimal number without leading zeros, underscores or 0x");
    }

    private ParamValue fail(YNode node, DiagnosticCode code, String message, String hint) {
        diags.add(Diagnostic.error(code, node.pos(), message).withHint(hint));
        return null;
    }
}
