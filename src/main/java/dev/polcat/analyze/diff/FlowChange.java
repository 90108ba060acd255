package dev.polcat.analyze.diff;

/**
 * A flow whose verdict differs between the two builds, e.g. "tcp/22 to prod-cp-1 from 0.0.0.0/0:
 * denied → allowed". {@code opens} is true when it becomes allowed.
 */
public record FlowChange(String flow, boolean before, boolean after, String why) {
    public boolean opens() {
        return !before && after;
    }
}
