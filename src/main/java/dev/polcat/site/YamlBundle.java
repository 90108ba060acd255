package dev.polcat.site;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.CalicoYamlWriter;
import dev.polcat.calico.PolicyResource;
import dev.polcat.catalog.Profile;
import dev.polcat.publish.Artifact;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The downloadable YAML of one environment: {@code download/ENV/ENV-NAME.yaml} per policy and {@code
 * download/ENV/ENV-all.yaml} with every enabled policy in apply order, each with a header saying what
 * generated it and how to apply it. Every file name starts with the environment's, so files of two
 * environments saved to one folder (a browser's downloads) never overwrite each other.
 */
public final class YamlBundle {
    private YamlBundle() {}

    public static String folder(String env) {
        return "download/" + env + "/";
    }

    public static String policyFileName(String env, String policy) {
        return env + "-" + policy + ".yaml";
    }

    public static String allFileName(String env) {
        return env + "-all.yaml";
    }

    public static String policyPath(String env, String policy) {
        return folder(env) + policyFileName(env, policy);
    }

    public static String allPath(String env) {
        return folder(env) + allFileName(env);
    }

    /** The policies of one environment, already in apply order. */
    public static List<Artifact> artifacts(FileHeader header, Profile env, List<ValidatedPolicy> ordered) {
        return artifacts(header, env, ordered, new java.util.HashMap<>());
    }

    /** As above, recording each policy's file text in {@code texts} for the policy pages. */
    static List<Artifact> artifacts(
            FileHeader header, Profile env, List<ValidatedPolicy> ordered, Map<ValidatedPolicy, String> texts) {
        Map<CalicoResource, String> docs = new java.util.IdentityHashMap<>();
        for (ValidatedPolicy v : ordered) v.resources().forEach(r -> docs.put(r, CalicoYamlWriter.write(r)));
        List<Artifact> out = new ArrayList<>();
        for (ValidatedPolicy v : ordered) {
            String text = policyFile(header, v, docs);
            texts.put(v, text);
            out.add(Artifact.text(policyPath(env.name(), v.policy().name()), text));
        }
        out.add(Artifact.text(allPath(env.name()), allFile(header, env, ordered, docs)));
        return out;
    }

    public static String policyFile(FileHeader header, ValidatedPolicy v) {
        return policyFile(header, v, new java.util.IdentityHashMap<>());
    }

    private static String policyFile(FileHeader header, ValidatedPolicy v, Map<CalicoResource, String> docs) {
        StringBuilder b = new StringBuilder(header.lines(v.env()));
        b.append("# Policy:      ")
                .append(v.policy().name())
                .append(" (")
                .append(v.policy().templateFile())
                .append(")\n");
        b.append("# Apply with:  calicoctl apply -f ")
                .append(policyFileName(v.env().name(), v.policy().name()))
                .append('\n');
        appendDocuments(b, v.resources(), docs);
        return b.toString();
    }

    private static String allFile(
            FileHeader header, Profile env, List<ValidatedPolicy> ordered, Map<CalicoResource, String> docs) {
        StringBuilder b = new StringBuilder(header.lines(env));
        b.append("# Policy:      every enabled policy, in apply order:\n");
        int i = 1;
        for (ValidatedPolicy v : ordered) {
            b.append("#   ")
                    .append(i++)
                    .append(". ")
                    .append(v.policy().name())
                    .append(orderNote(v))
                    .append('\n');
        }
        b.append("# Apply with:  calicoctl apply -f ")
                .append(allFileName(env.name()))
                .append('\n');
        List<CalicoResource> all = new ArrayList<>();
        ordered.forEach(v -> all.addAll(v.resources()));
        appendDocuments(b, all, docs);
        return b.toString();
    }

    /** Each resource as a document; {@code docs} holds those already written. */
    private static void appendDocuments(
            StringBuilder b, List<CalicoResource> resources, Map<CalicoResource, String> docs) {
        for (CalicoResource r : resources) {
            b.append("---\n").append(docs.computeIfAbsent(r, CalicoYamlWriter::write));
        }
    }

    private static String orderNote(ValidatedPolicy v) {
        return v.mainPolicy()
                .map(PolicyResource::spec)
                .map(s -> s.order() == null
                        ? " (no order: last)"
                        : " (order " + s.order().stripTrailingZeros().toPlainString() + ")")
                .orElse(" (" + v.resources().get(0).kind().yamlName() + ")");
    }
}
