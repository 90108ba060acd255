package dev.polcat.validate;

import dev.polcat.net.IpNet;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/**
 * IP addresses and CIDRs parsed the way Go's net.ParseIP / net.ParseCIDR read them (which is what
 * Calico uses): dotted-quad IPv4 without leading zeros, standard IPv6, no zones, ranges, masks or
 * surrounding spaces.
 */
final class IpNets {
    private static final IPAddressStringParameters STRICT = IpNet.STRICT;

    private IpNets() {}

    /** One parsed entry: the address as written, and whether it carried a "/len". */
    record Net(IPAddress address, boolean prefixed) {
        boolean isV4() {
            return address.isIPv4();
        }

        String family() {
            return isV4() ? "IPv4" : "IPv6";
        }

        /** True when no host bit is set below the prefix (a bare address counts as masked). */
        boolean isMasked() {
            return !prefixed
                    || address.getLower()
                            .withoutPrefixLength()
                            .equals(address.toZeroHost().getLower().withoutPrefixLength());
        }

        /** The same network with host bits cleared, e.g. 10.0.0.0/8 for 10.0.0.1/8. */
        String maskedForm() {
            return address.toZeroHost().toCanonicalString();
        }

        /** The address with an explicit full-length prefix, e.g. 10.0.0.1/32. */
        String withFullPrefix() {
            return address.withoutPrefixLength().toCanonicalString() + (isV4() ? "/32" : "/128");
        }

        boolean isCatchAllV6() {
            return !isV4() && prefixed && address.getNetworkPrefixLength() == 0 && isMasked();
        }
    }

    /** An address, with or without "/len"; empty when Go would not parse it. */
    static Optional<Net> parse(String text) {
        if (text.isEmpty() || !text.strip().equals(text) || text.indexOf(' ') >= 0) return Optional.empty();
        try {
            IPAddressString s = new IPAddressString(text, STRICT);
            IPAddress address = s.toAddress();
            if (address == null || address.isMultiple() && !s.isPrefixed()) return Optional.empty();
            return Optional.of(new Net(address, s.isPrefixed()));
        } catch (AddressStringException e) {
            return Optional.empty();
        }
    }
}
