package dev.polcat.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The observed-traffic sample and the change it is replayed against (impact and diff --flows tests). */
public final class ImpactFixtures {
    /** Goldmane flows of prod, hand-written from goldmane/proto/api.proto: pods, hosts, pub/pvt, a staged-policy trace. */
    public static final Path SAMPLE = Path.of("src/test/resources/flows/goldmane-prod.jsonl");

    private ImpactFixtures() {}

    /** The example catalog (profiles/ and templates/), copied to {@code to}. */
    public static Path example(Path to) {
        TestCatalog.copyOf(Path.of("templates"), to.resolve("templates"));
        TestCatalog.copyOf(Path.of("profiles"), to.resolve("profiles"));
        return to;
    }

    /** The change: in namespace shop, only pods labelled app=web may connect to the namespace's pods. */
    public static void tightenShop(Path catalog) throws IOException {
        Path t = catalog.resolve("templates/policies/namespace-isolation.yaml.ftl");
        String before = Files.readString(t);
        String after = before.replace(
                "  ingress:\n    - from: [{podSelector: {}}]\n",
                "  ingress:\n<#if ns == \"shop\">\n    - from: [{podSelector: {matchLabels: {app: web}}}]\n<#else>\n"
                        + "    - from: [{podSelector: {}}]\n</#if>\n");
        if (before.equals(after))
            throw new IllegalStateException("the template changed shape; update the fixture's edit");
        Files.writeString(t, after);
    }
}
