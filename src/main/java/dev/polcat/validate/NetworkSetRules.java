package dev.polcat.validate;

import dev.polcat.calico.Metadata;
import dev.polcat.net.Cidr;
import java.util.List;

/**
 * GlobalNetworkSet and NetworkSet (validate*NetworkSet and the non-strict {@code cidr} tag): nets may be
 * IPs or CIDRs with host bits, IPv4 and IPv6 may be mixed, and the namespace label is reserved.
 */
final class NetworkSetRules {
    static final String RESERVED_LABEL = "projectcalico.org/namespace";

    private NetworkSetRules() {}

    static void check(Metadata meta, List<Cidr> nets, Problems p) {
        if (meta.labels().containsKey(RESERVED_LABEL)) {
            p.add(
                    "metadata.labels." + RESERVED_LABEL,
                    "label " + RESERVED_LABEL + " is reserved for Calico and cannot be set on a network set",
                    "use another label key, e.g. polcat.dev/namespace");
        }
        for (int i = 0; i < nets.size(); i++) {
            String text = nets.get(i).text();
            if (nets.get(i).parsed().isEmpty()) {
                p.add(
                        Problems.item("spec.nets", i),
                        Problems.quote(text) + " is not an IP address or CIDR;"
                                + " use forms such as 10.0.0.1, 10.0.0.0/8 or 2001:db8::/32",
                        "");
            }
        }
    }
}
