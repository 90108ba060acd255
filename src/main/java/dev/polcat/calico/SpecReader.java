package dev.polcat.calico;

import dev.polcat.diag.SourcePos;
import dev.polcat.diag.Suggestions;
import dev.polcat.net.Cidr;
import dev.polcat.yaml.YList;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.List;
import java.util.Set;

/** Reads the {@code spec} of each kind into its record. */
final class SpecReader {
    private static final Set<String> GNP_SPEC = Set.of(
            "tier",
            "order",
            "selector",
            "namespaceSelector",
            "serviceAccountSelector",
            "types",
            "ingress",
            "egress",
            "doNotTrack",
            "preDNAT",
            "applyOnForward",
            "performanceHints");
    private static final Set<String> NP_SPEC = Set.of(
            "tier", "order", "selector", "serviceAccountSelector", "types", "ingress", "egress", "performanceHints");
    private static final Set<String> STAGED_GNP_SPEC = plus(GNP_SPEC, "stagedAction");
    private static final Set<String> STAGED_NP_SPEC = plus(NP_SPEC, "stagedAction");
    private static final Set<String> STAGED_K8S_SPEC = plus(KubernetesPolicyReader.SPEC, "stagedAction");
    private static final Set<String> SET_SPEC = Set.of("nets");
    private static final Set<String> HEP_SPEC = Set.of("node", "interfaceName", "expectedIPs", "profiles", "ports");
    private static final Set<String> HEP_PORT = Set.of("name", "protocol", "port");
    private static final Set<String> TIER_SPEC = Set.of("order", "defaultAction");

    private final List<FieldError> errors;
    private final RuleReader rules;
    private final KubernetesPolicyReader kubernetes;
    private final ClusterConfigReader cluster;

    SpecReader(List<FieldError> errors) {
        this.errors = errors;
        this.rules = new RuleReader(errors);
        this.kubernetes = new KubernetesPolicyReader(errors);
        this.cluster = new ClusterConfigReader(errors);
    }

    private FieldReader felixSpec(YNode specNode) {
        if (!(specNode instanceof YMap m)) return spec(specNode, ClusterConfigReader.FELIX_CONFIGURATION);
        return new FieldReader(
                m, "spec", errors, ClusterConfigReader.FELIX_CONFIGURATION, ClusterConfigReader.FELIX_UNREAD);
    }

    private static Set<String> plus(Set<String> known, String extra) {
        Set<String> out = new java.util.HashSet<>(known);
        out.add(extra);
        return Set.copyOf(out);
    }

    CalicoResource read(Kind kind, Metadata meta, YNode specNode) {
        return switch (kind) {
            case GLOBAL_NETWORK_POLICY -> new GlobalNetworkPolicy(meta, policySpec(specNode, GNP_SPEC));
            case NETWORK_POLICY -> new NetworkPolicy(meta, policySpec(specNode, NP_SPEC));
            case GLOBAL_NETWORK_SET -> new GlobalNetworkSet(meta, nets(specNode));
            case NETWORK_SET -> new NetworkSet(meta, nets(specNode));
            case HOST_ENDPOINT -> hostEndpoint(meta, specNode);
            case TIER -> tier(meta, specNode);
            case STAGED_GLOBAL_NETWORK_POLICY -> {
                FieldReader f = spec(specNode, STAGED_GNP_SPEC);
                yield new StagedGlobalNetworkPolicy(meta, stagedAction(f), policySpec(f));
            }
            case STAGED_NETWORK_POLICY -> {
                FieldReader f = spec(specNode, STAGED_NP_SPEC);
                yield new StagedNetworkPolicy(meta, stagedAction(f), policySpec(f));
            }
            case STAGED_KUBERNETES_NETWORK_POLICY -> {
                FieldReader f = spec(specNode, STAGED_K8S_SPEC);
                yield new StagedKubernetesNetworkPolicy(meta, stagedAction(f), kubernetesSpec(f));
            }
            case KUBERNETES_NETWORK_POLICY ->
                new KubernetesNetworkPolicy(meta, kubernetesSpec(spec(specNode, KubernetesPolicyReader.SPEC)));
            case BGP_PEER -> new BgpPeer(meta, cluster.bgpPeer(orEmpty(spec(specNode, ClusterConfigReader.BGP_PEER))));
            case BGP_CONFIGURATION ->
                new BgpConfiguration(
                        meta, cluster.bgpConfiguration(orEmpty(spec(specNode, ClusterConfigReader.BGP_CONFIGURATION))));
            case FELIX_CONFIGURATION ->
                new FelixConfiguration(meta, cluster.felixConfiguration(orEmpty(felixSpec(specNode))));
        };
    }

    /** A reader over an empty map when the spec was not a map (already reported), so every field reads as absent. */
    private FieldReader orEmpty(FieldReader f) {
        return f != null ? f : new FieldReader(emptyMap(), "spec", new java.util.ArrayList<>(), Set.of());
    }

    private static YMap emptyMap() {
        return new YMap(SourcePos.of(""), List.of());
    }

    private KubernetesPolicySpec kubernetesSpec(FieldReader f) {
        return kubernetes.spec(orEmpty(f));
    }

    private StagedAction stagedAction(FieldReader f) {
        if (f == null) return StagedAction.SET;
        String text = f.string("stagedAction");
        if (text.isEmpty()) return StagedAction.SET;
        return StagedAction.fromYaml(text).orElseGet(() -> {
            f.error(
                    "stagedAction",
                    "invalid stagedAction '" + text + "'",
                    Suggestions.closest(text, StagedAction.yamlNames())
                                    .map(a -> "did you mean '" + a + "'? ")
                                    .orElse("")
                            + "allowed: Set, Delete, Learn, Ignore (case-sensitive)");
            return StagedAction.SET;
        });
    }

    private FieldReader spec(YNode specNode, Set<String> known) {
        if (specNode == null || specNode instanceof YScalar s && s.isNull()) {
            return FieldReader.of(emptyMap(), "spec", errors, known);
        }
        return FieldReader.of(specNode, "spec", errors, known);
    }

    private PolicySpec policySpec(YNode specNode, Set<String> known) {
        return policySpec(spec(specNode, known));
    }

    private PolicySpec policySpec(FieldReader f) {
        if (f == null) return emptySpec();
        List<PolicyType> types = f.list("types", (n, p) -> {
            String t = n instanceof YScalar s ? s.text() : "";
            var type = PolicyType.fromYaml(t);
            if (type.isEmpty()) {
                errors.add(new FieldError(
                        p, "invalid policy type '" + t + "'", "allowed: Ingress, Egress (case-sensitive)"));
            }
            return type.orElse(null);
        });
        if (f.node("types") instanceof YList l && l.items().isEmpty()) {
            // Go accepts an empty list, but the CRD has minItems: 1, and the model cannot tell [] from absent.
            f.error(
                    "types",
                    "types must not be an empty list",
                    "omit types to let Calico default it from the rules, or list Ingress and/or Egress");
        }
        return new PolicySpec(
                f.string("tier"),
                f.number("order"),
                f.string("selector"),
                f.string("namespaceSelector"),
                f.string("serviceAccountSelector"),
                types,
                f.list("ingress", rules::rule),
                f.list("egress", rules::rule),
                f.bool("doNotTrack"),
                f.bool("preDNAT"),
                f.bool("applyOnForward"),
                f.strings("performanceHints"));
    }

    private static PolicySpec emptySpec() {
        return new PolicySpec("", null, "", "", "", List.of(), List.of(), List.of(), false, false, false, List.of());
    }

    private List<Cidr> nets(YNode specNode) {
        FieldReader f = spec(specNode, SET_SPEC);
        return f == null ? List.of() : Cidr.all(f.strings("nets"));
    }

    private HostEndpoint hostEndpoint(Metadata meta, YNode specNode) {
        FieldReader f = spec(specNode, HEP_SPEC);
        if (f == null) return new HostEndpoint(meta, "", "", List.of(), List.of(), List.of());
        List<HostEndpoint.EndpointPort> ports = f.list("ports", (n, p) -> {
            FieldReader pr = FieldReader.of(n, p, errors, HEP_PORT);
            if (pr == null) return null;
            Protocol proto = rules.protocol(pr, "protocol");
            Integer port = pr.integer("port");
            return new HostEndpoint.EndpointPort(pr.string("name"), proto, port == null ? 0 : port);
        });
        return new HostEndpoint(
                meta,
                f.string("node"),
                f.string("interfaceName"),
                f.strings("expectedIPs"),
                f.strings("profiles"),
                ports);
    }

    private Tier tier(Metadata meta, YNode specNode) {
        FieldReader f = spec(specNode, TIER_SPEC);
        if (f == null) return new Tier(meta, null, null);
        String action = f.string("defaultAction");
        Action defaultAction = null;
        if (!action.isEmpty()) {
            defaultAction = Action.fromYaml(action).orElse(null);
            if (defaultAction == null || defaultAction == Action.LOG || defaultAction == Action.ALLOW) {
                f.error("defaultAction", "invalid defaultAction '" + action + "'", "allowed: Deny, Pass");
                defaultAction = null;
            }
        }
        return new Tier(meta, f.number("order"), defaultAction);
    }
}
