package dev.polcat.render;

import dev.polcat.calico.ParsedResource;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import java.util.List;

/**
 * One policy template rendered for one environment: the raw text FreeMarker produced (named {@code
 * renderedFile} in messages), the resources read from it, and which template line wrote each part of it.
 */
public record RenderedPolicy(
        Profile env,
        PolicyTemplate policy,
        String renderedFile,
        String text,
        List<ParsedResource> resources,
        SourceMap sourceMap) {
    public RenderedPolicy {
        resources = List.copyOf(resources);
    }

    /**
     * The same policy without its parsed documents or text of its own (the source map keeps the text):
     * what messages about it need after validation, at a fraction of the memory.
     */
    public RenderedPolicy withoutDocuments() {
        return new RenderedPolicy(env, policy, renderedFile, "", List.of(), sourceMap);
    }

    public static String renderedFile(String env, String policy) {
        return "rendered/" + env + "/" + policy + ".yaml";
    }

    /** Where to look for more: the template, and the command that prints exactly what was rendered. */
    public static String context(String templateFile, String env, String policy) {
        return "from " + templateFile + "; see: polcat render --raw --env " + env + " " + policy;
    }
}
