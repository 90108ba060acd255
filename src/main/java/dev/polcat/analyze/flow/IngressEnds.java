package dev.polcat.analyze.flow;

/**
 * What an ingress flow's class takes from its two ends ({@link FlowSimulator#ingressEnds}): two flows whose
 * ends are equal and which name the same service have the same {@link IngressClass}, whichever source and
 * destination they name. The exposure report sorts its endpoint pairs by it, so that it classifies and
 * evaluates one pair per service and class of ends instead of every pair. The rules' parts of the two ends
 * are canonical arrays (one per content, made by the classifier), so they compare by identity.
 */
public final class IngressEnds {
    private final int walk;
    private final int version;
    private final byte[] sources;
    private final byte[] destination;
    private final String failsafeSources;
    private final String namedPortsOwner;
    private final RuleCovers anyService;
    private final int hash;

    IngressEnds(
            int walk,
            int version,
            byte[] sources,
            byte[] destination,
            String failsafeSources,
            String namedPortsOwner,
            RuleCovers anyService) {
        this.walk = walk;
        this.version = version;
        this.sources = sources;
        this.destination = destination;
        this.failsafeSources = failsafeSources;
        this.namedPortsOwner = namedPortsOwner;
        this.anyService = anyService;
        int h = walk * 31 + version;
        h = h * 31 + System.identityHashCode(sources);
        h = h * 31 + System.identityHashCode(destination);
        h = h * 31 + failsafeSources.hashCode();
        h = h * 31 + namedPortsOwner.hashCode();
        this.hash = h * 31 + anyService.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof IngressEnds e
                        && e.hash == hash
                        && e.walk == walk
                        && e.version == version
                        && e.failsafeSources.equals(failsafeSources)
                        && e.namedPortsOwner.equals(namedPortsOwner)
                        && e.anyService.equals(anyService)
                        && e.sources == sources
                        && e.destination == destination;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
