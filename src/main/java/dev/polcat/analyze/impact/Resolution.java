package dev.polcat.analyze.impact;

import dev.polcat.analyze.flow.Endpoint;
import java.util.List;

/**
 * What one end of an observed flow stands for in an environment: the simulator's endpoint, how it was
 * found ({@code note}, "" when by name or address), the networks it may really be in when its address is
 * unknown ({@code alternatives}: Calico's {@code pub} and {@code pvt}), or why it matches nothing.
 */
record Resolution(Endpoint endpoint, boolean known, String note, List<Endpoint> alternatives, String unmatched) {
    Resolution {
        alternatives = List.copyOf(alternatives);
    }

    static Resolution known(Endpoint e, String note) {
        return new Resolution(e, true, note, List.of(), "");
    }

    /** An address or network that is no host or workload of the environment. */
    static Resolution outside(Endpoint e, String note, List<Endpoint> alternatives) {
        return new Resolution(e, false, note, alternatives, "");
    }

    static Resolution none(String why) {
        return new Resolution(null, false, "", List.of(), why);
    }

    boolean isMatched() {
        return endpoint != null;
    }
}
