package dev.polcat.calico;

import dev.polcat.diag.SourcePos;
import dev.polcat.diag.Suggestions;
import dev.polcat.yaml.YMap;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one YAML document into typed Calico resources, checking shape only: apiVersion and kind, known
 * fields, value types. A {@code List} (or {@code <Kind>List}) document yields each of its items.
 * Semantic rules are the validator's job.
 */
public final class CalicoReader {
    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> LIST_TOP = Set.of("apiVersion", "kind", "metadata", "items");
    private static final Set<String> META = Set.of(
            "name",
            "namespace",
            "labels",
            "annotations",
            "uid",
            "resourceVersion",
            "creationTimestamp",
            "generation",
            "generateName",
            "finalizers",
            "ownerReferences",
            "managedFields",
            "deletionTimestamp",
            "deletionGracePeriodSeconds");

    /**
     * The result of reading one document: resources that could be read, every shape error, and the
     * Kubernetes objects that are not policy (a Deployment next to the policies), which callers skip or
     * reject. An empty document (a stray {@code ---}, only comments) yields nothing at all.
     */
    public record Result(List<ParsedResource> resources, List<Located> errors, List<ForeignObject> foreign) {
        public Result(List<ParsedResource> resources, List<Located> errors) {
            this(resources, errors, List.of());
        }
    }

    /** A Kubernetes object of a kind that is not policy: where it starts, its apiVersion, kind and name. */
    public record ForeignObject(String apiVersion, String kind, String name, SourcePos pos) {}

    /** A field error together with the positions of the document it belongs to. */
    public record Located(FieldError error, PositionIndex positions, String kind, String name) {}

    public Result read(YNode doc) {
        List<ParsedResource> resources = new ArrayList<>();
        List<Located> errors = new ArrayList<>();
        List<ForeignObject> foreign = new ArrayList<>();
        // kubectl and calicoctl skip a document that holds nothing (YAML null): "---" at the end of a file,
        // two in a row, or a document of comments.
        if (doc instanceof YScalar s && s.isNull()) return new Result(resources, errors, foreign);
        PositionIndex positions = PositionIndex.of(doc);
        List<FieldError> local = new ArrayList<>();
        String kind = doc instanceof YMap m ? scalarText(m, "kind") : "";
        if (kind.equals("List") || kind.endsWith("List") && !kind.isEmpty()) {
            FieldReader top = FieldReader.of(doc, "", local, LIST_TOP);
            if (top != null) {
                checkApiVersion(top);
                List<YNode> items = top.list("items", (n, p) -> n);
                for (YNode item : items) readOne(item, resources, errors, foreign);
            }
        } else {
            readOne(doc, resources, errors, foreign);
            return new Result(resources, errors, foreign);
        }
        local.forEach(e -> errors.add(new Located(e, positions, kind, "")));
        return new Result(resources, errors, foreign);
    }

    private void readOne(YNode doc, List<ParsedResource> out, List<Located> errorsOut, List<ForeignObject> foreign) {
        List<FieldError> errors = new ArrayList<>();
        PositionIndex positions = PositionIndex.of(doc);
        if (doc instanceof YMap m && isForeign(scalarText(m, "apiVersion"), scalarText(m, "kind"))) {
            foreign.add(new ForeignObject(scalarText(m, "apiVersion"), scalarText(m, "kind"), nameOf(doc), doc.pos()));
            return;
        }
        Optional<CalicoResource> r = resource(doc, errors);
        String kind = doc instanceof YMap m ? scalarText(m, "kind") : "";
        String name = r.map(CalicoResource::name).orElse(nameOf(doc));
        errors.forEach(e -> errorsOut.add(new Located(e, positions, kind, name)));
        r.ifPresent(res -> out.add(new ParsedResource(res, positions)));
    }

    private Optional<CalicoResource> resource(YNode doc, List<FieldError> errors) {
        FieldReader top = FieldReader.of(doc, "", errors, TOP);
        if (top == null) return Optional.empty();
        String api = top.string("apiVersion");
        String kindName = top.string("kind");
        Optional<Kind> kind = Kind.fromYaml(api, kindName);
        if (kind.isEmpty()) {
            if (!checkApiVersion(top, kindName)) return Optional.empty();
            top.error(
                    "kind",
                    kindName.isEmpty() ? "missing kind" : "unsupported kind '" + kindName + "'",
                    Suggestions.hint(kindName, Kind.calicoYamlNames()));
            return Optional.empty();
        }
        FieldReader metaReader = top.nested("metadata", META);
        Metadata meta = metaReader == null
                ? Metadata.named("")
                : new Metadata(
                        metaReader.string("name"),
                        metaReader.string("namespace"),
                        metaReader.stringMap("labels"),
                        metaReader.stringMap("annotations"));
        if (meta.name().isEmpty()) top.error("metadata.name", "missing metadata.name", "");
        YNode specNode = top.node("spec");
        SpecReader specs = new SpecReader(errors);
        return Optional.of(specs.read(kind.get(), meta, specNode));
    }

    /**
     * Whether a document is a Kubernetes object that is not policy, which neither Calico nor polcat has an
     * opinion on: any apiVersion outside Calico's groups, except the network policy kinds Calico enforces
     * (networking.k8s.io NetworkPolicy, policy.networking.k8s.io admin policies) and any NetworkPolicy.
     */
    static boolean isForeign(String api, String kind) {
        if (api.isEmpty() || kind.isEmpty() || kind.endsWith("List")) return false;
        if (api.contains("projectcalico.org") || api.startsWith("policy.networking.k8s.io/")) return false;
        return !kind.equals("NetworkPolicy");
    }

    /** False (with an error) when the apiVersion is wrong for the kind. */
    private static boolean checkApiVersion(FieldReader top, String kind) {
        String api = top.string("apiVersion");
        if (api.equals(Kind.API_VERSION)) return true;
        String hint = "use apiVersion: " + Kind.API_VERSION;
        if (api.startsWith("crd.projectcalico.org/")) {
            // The CRDs Calico stores its resources in (KDD mode): never applied by hand, with other defaulting
            // and no validation; calicoctl and the Calico API server take projectcalico.org/v3.
            hint = "crd.projectcalico.org/v1 is the form Calico stores resources in, not one to apply; write "
                    + "apiVersion: " + Kind.API_VERSION + " and apply it with calicoctl or the Calico API server";
        } else if (kind.equals("NetworkPolicy")) {
            hint = "use apiVersion: " + Kind.API_VERSION + " (Calico NetworkPolicy) or " + Kind.K8S_API_VERSION
                    + " (Kubernetes NetworkPolicy)";
        }
        top.error("apiVersion", api.isEmpty() ? "missing apiVersion" : "unsupported apiVersion '" + api + "'", hint);
        return false;
    }

    private static void checkApiVersion(FieldReader top) {
        String api = top.string("apiVersion");
        if (!api.equals(Kind.API_VERSION) && !api.equals("v1")) {
            top.error(
                    "apiVersion",
                    api.isEmpty() ? "missing apiVersion" : "unsupported apiVersion '" + api + "'",
                    "use apiVersion: " + Kind.API_VERSION);
        }
    }

    private static String scalarText(YMap m, String key) {
        return m.get(key)
                .filter(n -> n instanceof YScalar)
                .map(n -> ((YScalar) n).text())
                .orElse("");
    }

    private static String nameOf(YNode doc) {
        if (doc instanceof YMap m && m.get("metadata").orElse(null) instanceof YMap meta) {
            return scalarText(meta, "name");
        }
        return "";
    }
}
