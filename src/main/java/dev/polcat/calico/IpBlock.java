package dev.polcat.calico;

import dev.polcat.net.Cidr;
import java.util.List;

/** A peer given by addresses: {@code cidr} minus each of {@code except}. */
public record IpBlock(Cidr cidr, List<Cidr> except) {
    public IpBlock {
        cidr = cidr == null ? Cidr.of("") : cidr;
        except = List.copyOf(except);
    }
}
