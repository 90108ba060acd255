package dev.polcat.load;

import dev.polcat.catalog.FailsafeSettings;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Namespace;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicySettings;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.UnboundValue;
import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.DiagnosticCode;
import dev.polcat.diag.Diagnostics;
import dev.polcat.diag.SourcePos;
import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.YEntry;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Binds a merged profile tree to a typed {@link Profile}, checking every value against its declaration. */
final class ProfileBinder {
    private static final List<String> POLICY_KEYS = InputKeys.POLICY_SETTINGS;
    private static final List<String> FAILSAFE_KEYS = InputKeys.FAILSAFE;

    private final Map<String, ParameterDecl> params;
    private final Map<String, PolicyTemplate> policies = new TreeMap<>();
    private final Diagnostics diags;
    private final ParamBinder binder;
    private final HostReader hosts;
    private final java.util.Set<String> written = new java.util.HashSet<>();
    private final java.util.Set<String> templateNames;
    private final Map<String, UnboundValue> unbound = new TreeMap<>();

    /** {@code templateNames}: every identifier the policy templates contain (see {@link UnboundValue}). */
    ProfileBinder(
            Map<String, ParameterDecl> params,
            List<PolicyTemplate> policies,
            java.util.Set<String> templateNames,
            Diagnostics diags) {
        this.params = params;
        this.templateNames = templateNames;
        policies.forEach(p -> this.policies.put(p.name(), p));
        this.diags = diags;
        this.binder = new ParamBinder(diags);
        this.hosts = new HostReader(diags);
    }

    Profile bind(RawProfile raw, ProfileMerger.Merged merged) {
        YMap tree = merged.tree();
        boolean isAbstract = raw.body()
                .get("abstract")
                .map(n -> n instanceof YScalar s && s.text().equals("true"))
                .orElse(false);
        written.clear();
        Map<String, ParamValue> values = values(tree.get("values").orElse(null), params, "values");
        Map<String, PolicySettings> settings =
                policySettings(tree.get("policies").orElse(null));
        String title = text(tree, "title", raw.name());
        List<Host> hostList = hosts.read(tree.get("hosts").orElse(null));
        List<Namespace> namespaces =
                new NamespaceReader(diags).read(tree.get("namespaces").orElse(null));
        Profile p = new Profile(
                raw.name(),
                title,
                text(tree, "description", ""),
                isAbstract,
                merged.chain(),
                values,
                settings,
                hostList,
                namespaces,
                new WorkloadReader(diags).read(tree.get("workloads").orElse(null), namespaces, hostList),
                new ExpectationReader(diags).read(tree.get("expect").orElse(null), raw.file()),
                failsafe(tree.get("failsafe").orElse(null)),
                new GuardReader(diags).read(tree.get("guard").orElse(null), raw.file()),
                new SourcePos(raw.file(), 1, 1),
                new PublicReader(diags).read(tree.get("public").orElse(null)));
        if (!isAbstract) checkRequired(p, tree);
        return p;
    }

    private Map<String, ParamValue> values(YNode node, Map<String, ParameterDecl> declared, String path) {
        Map<String, ParamValue> out = new HashMap<>();
        if (node == null || node instanceof YScalar s && s.isNull()) return out;
        if (!(node instanceof YMap m)) {
            diags.add(Diagnostic.error(
                    DiagnosticCode.P105_WRONG_TYPE,
                    node.pos(),
                    path + ": expected a map of parameter values, got " + node.describe()));
            return out;
        }
        for (YEntry e : m.entries()) {
            ParameterDecl decl = declared.get(e.key());
            if (decl == null
                    && path.equals("values")
                    && templateNames.contains(e.key())
                    && !params.containsKey(e.key())) {
                // A template uses it and no doc declares it: the render reports it at the template's line.
                unbound.putIfAbsent(e.key(), new UnboundValue(e.key(), TypeGuess.of(e.value()), e.keyPos()));
                continue;
            }
            if (decl == null) {
                // A misspelt key is reported once, as itself, not again as the value it failed to set.
                Suggestions.closest(e.key(), declared.keySet()).ifPresent(k -> written.add(path + "." + k));
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY,
                                e.keyPos(),
                                "unknown parameter '" + e.key() + "' in " + path)
                        .withHint(Suggestions.closest(e.key(), declared.keySet())
                                .map(s -> "did you mean '" + s + "'?")
                                .orElse("no policy declares it; declared: "
                                        + String.join(", ", new TreeMap<>(declared).keySet()))));
                continue;
            }
            written.add(path + "." + e.key());
            ParamValue v = binder.bind(e.value(), decl.type(), path + "." + e.key());
            if (v != null) out.put(e.key(), v);
        }
        return out;
    }

    /** Values set under names no doc declares but a template uses, by name (the first profile's). */
    Map<String, UnboundValue> unbound() {
        return unbound;
    }

    private Map<String, PolicySettings> policySettings(YNode node) {
        Map<String, PolicySettings> out = new HashMap<>();
        if (node == null) return out;
        if (!(node instanceof YMap m)) {
            diags.add(Diagnostic.error(
                    DiagnosticCode.P105_WRONG_TYPE,
                    node.pos(),
                    "policies: expected a map of policy name to settings, got " + node.describe()));
            return out;
        }
        for (YEntry e : m.entries()) {
            PolicyTemplate policy = policies.get(e.key());
            if (policy == null) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P113_UNKNOWN_POLICY,
                                e.keyPos(),
                                "unknown policy '" + e.key() + "' in policies")
                        .withHint(Suggestions.hint(e.key(), policies.keySet())));
                continue;
            }
            if (!(e.value() instanceof YMap pm)) {
                diags.add(Diagnostic.error(
                        DiagnosticCode.P105_WRONG_TYPE,
                        e.value().pos(),
                        "policies." + e.key() + ": expected a map with 'enabled' and/or 'values'"));
                continue;
            }
            for (YEntry k : pm.entries()) {
                if (!POLICY_KEYS.contains(k.key())) {
                    diags.add(Diagnostic.error(
                                    DiagnosticCode.P104_UNKNOWN_KEY,
                                    k.keyPos(),
                                    "unknown key '" + k.key() + "' in policies." + e.key())
                            .withHint(Suggestions.hint(k.key(), POLICY_KEYS)));
                }
            }
            boolean enabled =
                    pm.get("enabled").map(n -> enabledFlag(n, e.key())).orElse(true);
            Map<String, ParameterDecl> own = new HashMap<>();
            policy.doc().parameters().forEach(d -> own.put(d.name(), d));
            out.put(
                    e.key(),
                    new PolicySettings(
                            enabled, values(pm.get("values").orElse(null), own, "policies." + e.key() + ".values")));
        }
        return out;
    }

    private boolean enabledFlag(YNode n, String policy) {
        if (n instanceof YScalar s
                && s.kind() == YScalar.Kind.BOOL
                && (s.text().equals("true") || s.text().equals("false"))) {
            return s.text().equals("true");
        }
        diags.add(Diagnostic.error(
                        DiagnosticCode.P105_WRONG_TYPE,
                        n.pos(),
                        "policies." + policy + ".enabled: expected true or false")
                .withHint("write true or false"));
        return true;
    }

    private void checkRequired(Profile p, YMap tree) {
        SourcePos at = tree.entry("values").map(YEntry::keyPos).orElse(p.pos());
        for (PolicyTemplate policy : policies.values()) {
            if (!p.isEnabled(policy.name())) continue;
            for (ParameterDecl d : policy.doc().parameters()) {
                boolean reported = written.contains("values." + d.name())
                        || written.contains("policies." + policy.name() + ".values." + d.name());
                if (d.required()
                        && d.defaultValue() == null
                        && p.value(policy.name(), d.name()).isEmpty()
                        && !reported) {
                    diags.add(Diagnostic.error(
                                    DiagnosticCode.P106_MISSING_VALUE,
                                    at,
                                    "missing required parameter '" + d.name() + "' ("
                                            + d.type().spelling() + ") for policy '" + policy.name() + "'")
                            .inEnv(p.name())
                            .forPolicy(policy.name())
                            .withHint("set values." + d.name() + " in "
                                    + p.pos().file()
                                    + (p.chain().size() > 1 ? " or a profile it extends" : "")
                                    + ", or disable the policy with policies." + policy.name() + ".enabled: false"));
                }
            }
        }
    }

    /** {@code failsafe: {inbound: "tcp:22,udp:68", outbound: none}} in Felix's own format; absent = defaults. */
    private FailsafeSettings failsafe(YNode node) {
        if (node == null) return FailsafeSettings.DEFAULTS;
        if (!(node instanceof YMap m)) {
            diags.add(Diagnostic.error(
                    DiagnosticCode.P105_WRONG_TYPE,
                    node.pos(),
                    "failsafe: expected {inbound: ..., outbound: ...} in Felix's format (tcp:22,udp:68 or none)"));
            return FailsafeSettings.DEFAULTS;
        }
        for (YEntry e : m.entries()) {
            if (!FAILSAFE_KEYS.contains(e.key())) {
                diags.add(Diagnostic.error(
                                DiagnosticCode.P104_UNKNOWN_KEY,
                                e.keyPos(),
                                "unknown key '" + e.key() + "' in failsafe")
                        .withHint(Suggestions.hint(e.key(), FAILSAFE_KEYS)));
            }
        }
        return new FailsafeSettings(
                felixList(m, "inbound"),
                felixList(m, "outbound"),
                m.get("inbound").map(YNode::pos).orElse(null),
                m.get("outbound").map(YNode::pos).orElse(null));
    }

    private String felixList(YMap m, String key) {
        YNode n = m.get(key).orElse(null);
        if (n == null) return null;
        if (n instanceof YScalar s && (s.kind() == YScalar.Kind.STRING || s.kind() == YScalar.Kind.INT))
            return s.text();
        diags.add(Diagnostic.error(
                DiagnosticCode.P105_WRONG_TYPE,
                n.pos(),
                "failsafe." + key + ": expected Felix's list format, e.g. \"tcp:22,udp:68\" or none"));
        return null;
    }

    private String text(YMap m, String key, String fallback) {
        YNode n = m.get(key).orElse(null);
        if (n == null) return fallback;
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return s.text();
        String shown = n instanceof YScalar sc ? " '" + sc.text() + "'" : "";
        diags.add(Diagnostic.error(
                        DiagnosticCode.P105_WRONG_TYPE, n.pos(), key + ": expected text, got " + n.describe() + shown)
                .withHint(n instanceof YScalar sc ? "quote it: \"" + sc.text() + "\"" : ""));
        return fallback;
    }
}
