package dev.polcat.site;

import dev.polcat.analyze.flow.FailsafePorts;
import dev.polcat.catalog.FailsafeSettings;

/** An environment's Felix failsafe ports as shown on its page: Felix's format, its defaults spelt out. */
final class FailsafeText {
    private FailsafeText() {}

    static String inbound(FailsafeSettings s) {
        return s.inbound() == null ? FailsafePorts.DEFAULT_INBOUND : s.inbound();
    }

    static String outbound(FailsafeSettings s) {
        return s.outbound() == null ? FailsafePorts.DEFAULT_OUTBOUND : s.outbound();
    }
}
