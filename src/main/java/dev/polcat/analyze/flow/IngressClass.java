package dev.polcat.analyze.flow;

/**
 * The class of an ingress flow ({@link FlowSimulator#ingressClass}): flows of one class are evaluated alike,
 * whichever endpoint, source and service they name. It holds the walk, the IP version, which failsafe
 * entries hold the source and the service, and each rule that covers the flow with how much of it.
 * {@link #partial()} when a rule covers only part of it: the verdict and an Allow's explanation are still
 * the class's, but a denial may quote the flow's own addresses or ports.
 */
public final class IngressClass {
    private final IngressClassifier classifier;
    private final int walk;
    private final int version;
    private final String failsafeSources;
    private final String failsafeServices;
    final RuleCovers anyService;
    final RuleCovers rules;
    private final boolean partial;
    private final int hash;

    IngressClass(
            IngressClassifier classifier,
            int walk,
            int version,
            String failsafeSources,
            String failsafeServices,
            RuleCovers anyService,
            RuleCovers rules,
            boolean partial) {
        this.classifier = classifier;
        this.walk = walk;
        this.version = version;
        this.failsafeSources = failsafeSources;
        this.failsafeServices = failsafeServices;
        this.anyService = anyService;
        this.rules = rules;
        this.partial = partial;
        int h = walk * 31 + version;
        h = h * 31 + failsafeSources.hashCode();
        h = h * 31 + failsafeServices.hashCode();
        h = h * 31 + anyService.hashCode();
        this.hash = h * 31 + rules.hashCode();
    }

    public boolean partial() {
        return partial;
    }

    /** Whether {@code c} made this class: walk ids and rule ids mean something only to the classifier that gave them. */
    boolean madeBy(IngressClassifier c) {
        return classifier == c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IngressClass c
                && c.hash == hash
                && c.classifier == classifier
                && c.walk == walk
                && c.version == version
                && c.failsafeSources.equals(failsafeSources)
                && c.failsafeServices.equals(failsafeServices)
                && c.anyService.equals(anyService)
                && c.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("IngressClass[walk ")
                .append(walk)
                .append(", IPv")
                .append(version);
        b.append(", failsafe ")
                .append(failsafeSources)
                .append('/')
                .append(failsafeServices)
                .append(", rules")
                .append(anyService)
                .append(rules);
        return b.append(partial ? ", partial]" : "]").toString();
    }
}
