package dev.polcat.site;

import dev.polcat.catalog.FailsafeEntry;
import dev.polcat.catalog.FailsafeList;
import dev.polcat.catalog.FailsafeSettings;
import dev.polcat.catalog.Profile;
import dev.polcat.publish.Artifact;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code download/ENV/ENV-felixconfiguration.yaml}: the merge patch that sets Felix's failsafe ports to
 * what the profile's {@code failsafe:} says, the last step of a rollout. Written as JSON (which is YAML)
 * so that both {@code kubectl patch --patch-file} and {@code calicoctl patch --patch} take it. Only for
 * environments whose profile sets {@code failsafe:}; the others keep Felix's defaults.
 */
public final class FelixPatch {
    private FelixPatch() {}

    public static String fileName(String env) {
        return env + "-felixconfiguration.yaml";
    }

    public static String path(String env) {
        return YamlBundle.folder(env) + fileName(env);
    }

    /** Puts Felix back to its defaults: a merge patch with null removes the fields. */
    public static final String UNDO =
            "{\"spec\": {\"failsafeInboundHostPorts\": null, \"failsafeOutboundHostPorts\": null}}";

    private static final FailsafeList.Reading NONE = new FailsafeList.Reading(List.of(), null);

    static Optional<Artifact> artifact(FileHeader header, Profile env) {
        FailsafeSettings s = env.failsafe();
        if (s.inbound() == null && s.outbound() == null) return Optional.empty();
        FailsafeList.Reading inbound = s.inboundList() == null ? NONE : s.inboundList();
        FailsafeList.Reading outbound = s.outboundList() == null ? NONE : s.outboundList();
        // a malformed list is a load error (P107); no build gets this far with one
        if (!inbound.ok() || !outbound.ok()) return Optional.empty();
        return Optional.of(Artifact.text(path(env.name()), text(header, env, s, inbound, outbound)));
    }

    private static String text(
            FileHeader header,
            Profile env,
            FailsafeSettings s,
            FailsafeList.Reading inbound,
            FailsafeList.Reading outbound) {
        StringBuilder b = new StringBuilder(header.lines(env));
        b.append("# Policy:      FelixConfiguration default: failsafe ports from profiles/")
                .append(env.name())
                .append(".yaml\n");
        b.append("# Apply only once the failsafe policy is applied and verified (polcat rollout --env ")
                .append(env.name())
                .append(", step 4), with:\n");
        b.append("#   kubectl patch felixconfiguration default --type merge --patch-file ")
                .append(fileName(env.name()))
                .append('\n');
        b.append("{\"spec\": {");
        boolean first = true;
        if (s.inbound() != null) {
            b.append("\"failsafeInboundHostPorts\": ").append(json(inbound.entries()));
            first = false;
        }
        if (s.outbound() != null) {
            b.append(first ? "" : ", ")
                    .append("\"failsafeOutboundHostPorts\": ")
                    .append(json(outbound.entries()));
        }
        b.append("}}\n");
        return b.toString();
    }

    private static String json(List<FailsafeEntry> entries) {
        return entries.stream()
                .map(e -> "{\"protocol\": \"" + e.protocol().toUpperCase(Locale.ROOT) + "\", \"port\": " + e.port()
                        + (e.net() == null ? "" : ", \"net\": \"" + e.net().canonical() + "\"") + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
