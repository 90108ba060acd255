package dev.polcat.render;

import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import java.util.Map;

/**
 * Test-only entry point for the JMH benchmarks in {@code dev.polcat.bench}: the data model of one render,
 * built exactly as {@link PolicyRenderer} builds it ({@link TemplateData} is package-private).
 */
public final class RenderBenchAccess {
    private RenderBenchAccess() {}

    public static Map<String, Object> dataModel(Profile env, PolicyTemplate policy) {
        return TemplateData.of(env, policy);
    }
}
