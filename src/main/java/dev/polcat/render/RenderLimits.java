package dev.polcat.render;

import java.time.Duration;

/**
 * Bounds on one template render, so a hostile or broken template cannot hang or exhaust the build.
 * Recursion depth is bounded by the render thread's stack size. {@code budget} bounds all renders of one
 * run together (zero: no bound), so one endless template cannot cost timeout × environments.
 */
public record RenderLimits(Duration timeout, int maxOutputChars, long stackBytes, Duration budget) {
    public static final RenderLimits DEFAULT =
            new RenderLimits(Duration.ofSeconds(10), 4 * 1024 * 1024, 2L * 1024 * 1024);

    public RenderLimits(Duration timeout, int maxOutputChars, long stackBytes) {
        this(timeout, maxOutputChars, stackBytes, Duration.ZERO);
    }

    public boolean hasBudget() {
        return !budget.isZero() && !budget.isNegative();
    }
}
