package dev.polcat.analyze.diff;

/**
 * A flow whose verdict differs between the two builds, e.g. "tcp/22 to prod-cp-1 from 0.0.0.0/0:
 * denied → allowed". {@code opens} is true when it becomes allowed. {@code fromInternet}: its source is
 * anywhere (0.0.0.0/0 or ::/0); {@code declaredPublic}: the head profile's {@code public:} list declares
 * the service on that host.
 */
public record FlowChange(
        String flow, boolean before, boolean after, String why, boolean fromInternet, boolean declaredPublic) {
    public FlowChange(String flow, boolean before, boolean after, String why) {
        this(flow, before, after, why, false, false);
    }

    public boolean opens() {
        return !before && after;
    }

    /** Becomes reachable from the internet: listed first, under its own heading. */
    public boolean isNewInternetExposure() {
        return opens() && fromInternet;
    }

    /** New exposure to the internet that the head profile does not declare public: {@code --fail-on internet-exposure}. */
    public boolean isUndeclaredInternetExposure() {
        return isNewInternetExposure() && !declaredPublic;
    }
}
