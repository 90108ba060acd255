package dev.polcat.calico;

import java.util.List;

/** A peer given by addresses: {@code cidr} minus each of {@code except}. */
public record IpBlock(String cidr, List<String> except) {
    public IpBlock {
        cidr = cidr == null ? "" : cidr;
        except = List.copyOf(except);
    }
}
