package dev.polcat.calico;

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
    private static final Set<String> META =
            Set.of(
                    "name", "namespace", "labels", "annotations", "uid", "resourceVersion",
                    "creationTimestamp", "generation", "generateName", "finalizers", "ownerReferences",
                    "managedFields", "deletionTimestamp", "deletionGracePeriodSeconds");

    /** The result of reading one document: resources that could be read, and every shape error. */
    public record Result(List<ParsedResource> resources, List<Located> errors) {}

    /** A field error together with the positions of the document it belongs to. */
    public record Located(FieldError error, PositionIndex positions, String kind, String name) {}

    public Result read(YNode doc) {
        List<ParsedResource> resources = new ArrayList<>();
        List<Located> errors = new ArrayList<>();
        PositionIndex positions = PositionIndex.of(doc);
        List<FieldError> local = new ArrayList<>();
        String kind = doc instanceof YMap m ? scalarText(m, "kind") : "";
        if (kind.equals("List") || kind.endsWith("List") && !kind.isEmpty()) {
            FieldReader top = FieldReader.of(doc, "", local, LIST_TOP);
            if (top != null) {
                checkApiVersion(top);
                List<YNode> items = top.list("items", (n, p) -> n);
                for (YNode item : items) readOne(item, resources, errors);
            }
        } else {
            readOne(doc, resources, errors);
            return new Result(resources, errors);
        }
        local.forEach(e -> errors.add(new Located(e, positions, kind, "")));
        return new Result(resources, errors);
    }

    private void readOne(YNode doc, List<ParsedResource> out, List<Located> errorsOut) {
        List<FieldError> errors = new ArrayList<>();
        PositionIndex positions = PositionIndex.of(doc);
        Optional<CalicoResource> r = resource(doc, errors);
        String kind = doc instanceof YMap m ? scalarText(m, "kind") : "";
        String name = r.map(CalicoResource::name).orElse(nameOf(doc));
        errors.forEach(e -> errorsOut.add(new Located(e, positions, kind, name)));
        r.ifPresent(res -> out.add(new ParsedResource(res, positions)));
    }

    private Optional<CalicoResource> resource(YNode doc, List<FieldError> errors) {
        FieldReader top = FieldReader.of(doc, "", errors, TOP);
        if (top == null) return Optional.empty();
        checkApiVersion(top);
        String kindName = top.string("kind");
        Optional<Kind> kind = Kind.fromYaml(kindName);
        if (kind.isEmpty()) {
            top.error(
                    "kind",
                    kindName.isEmpty() ? "missing kind" : "unsupported kind '" + kindName + "'",
                    dev.polcat.diag.Suggestions.hint(kindName, Kind.yamlNames()));
            return Optional.empty();
        }
        FieldReader metaReader = top.nested("metadata", META);
        Metadata meta =
                metaReader == null
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

    private static void checkApiVersion(FieldReader top) {
        String api = top.string("apiVersion");
        if (!api.equals(Kind.API_VERSION)) {
            top.error(
                    "apiVersion",
                    api.isEmpty()
                            ? "missing apiVersion"
                            : "unsupported apiVersion '" + api + "'",
                    "use apiVersion: " + Kind.API_VERSION);
        }
    }

    private static String scalarText(YMap m, String key) {
        return m.get(key).filter(n -> n instanceof YScalar).map(n -> ((YScalar) n).text()).orElse("");
    }

    private static String nameOf(YNode doc) {
        if (doc instanceof YMap m && m.get("metadata").orElse(null) instanceof YMap meta) {
            return scalarText(meta, "name");
        }
        return "";
    }
}
