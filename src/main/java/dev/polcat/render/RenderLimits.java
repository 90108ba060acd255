package dev.polcat.render;

import java.time.Duration;

/**
 * Bounds on one template render, so a hostile or broken template cannot hang or exhaust the build.
 * Recursion depth is bounded by the render thread's stack size.
 */
public record RenderLimits(Duration timeout, int maxOutputChars, long stackBytes) {
    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofSeconds(10), 4 * 1024 * 1024, 2L * 1024 * 1024);
}
