package dev.polcat.analyze.flow;

import dev.polcat.net.IpNet;
import java.util.Objects;

/**
 * One end of a flow: a host of the environment by name, a workload by {@code namespace/name}, a single
 * address, or a network meaning "any address in it".
 *
 * <p>A {@link Cidr} is judged for every address it holds: a rule's nets (or a selector's addresses)
 * match it only when one of them contains the whole network. When a network covers only part of it, the
 * match is partial; the simulator then answers the question "is every address allowed?" — a partial
 * Allow does not count, a partial Deny does — and says so in the trail. Coverage by the union of several
 * nets that each hold only a part is also reported as partial (conservative).
 */
public sealed interface Endpoint permits Endpoint.HostName, Endpoint.WorkloadName, Endpoint.Ip, Endpoint.Cidr {

    /** How the endpoint is written in trails: the host name, the address or the network. */
    String text();

    /** A host of the environment; the simulator resolves it to its addresses and endpoint labels. */
    record HostName(String name) implements Endpoint {
        public HostName {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) throw new IllegalArgumentException("empty host name");
        }

        @Override
        public String text() {
            return name;
        }
    }

    /** A workload (pod) of the environment, {@code shop/api-1}; the simulator resolves it to its addresses and labels. */
    record WorkloadName(String namespace, String name) implements Endpoint {
        public WorkloadName {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(name, "name");
            if (namespace.isBlank() || name.isBlank())
                throw new IllegalArgumentException("a workload is written namespace/name");
        }

        @Override
        public String text() {
            return namespace + "/" + name;
        }
    }

    /** A single address ({@code 10.0.0.1}, or {@code 10.0.0.1/32}). */
    record Ip(IpNet address) implements Endpoint {
        public Ip {
            Objects.requireNonNull(address, "address");
            if (!address.isSingleAddress()) throw new IllegalArgumentException("not a single address: " + address);
        }

        @Override
        public String text() {
            return address.address();
        }
    }

    /** Any address of a network ({@code 0.0.0.0/0}, {@code 10.0.0.0/8}); host bits are dropped. */
    record Cidr(IpNet network) implements Endpoint {
        public Cidr {
            Objects.requireNonNull(network, "network");
        }

        @Override
        public String text() {
            return network.canonical();
        }
    }

    static HostName host(String name) {
        return new HostName(name);
    }

    static Endpoint ip(String address) {
        return parseAddress(address);
    }

    static Endpoint cidr(String network) {
        return parseAddress(network);
    }

    /**
     * An address ({@code 10.0.0.1}, {@code 10.0.0.1/32}), a network ({@code 10.0.0.0/8}), a workload
     * ({@code shop/api-1}) or else a host name: the form for command-line arguments.
     */
    static Endpoint parse(String text) {
        return IpNet.parse(text).map(Endpoint::of).orElseGet(() -> named(text));
    }

    private static Endpoint named(String text) {
        // Digits and dots (or an IPv6 colon) are a mistyped address, not a host or workload named so.
        if (looksLikeAddress(text)) throw new IllegalArgumentException("not a valid IP address or network");
        int slash = text.indexOf('/');
        if (slash < 0) return new HostName(text);
        if (slash != text.lastIndexOf('/'))
            throw new IllegalArgumentException("not namespace/name (a workload has one slash)");
        return new WorkloadName(text.substring(0, slash), text.substring(slash + 1));
    }

    private static boolean looksLikeAddress(String text) {
        boolean v6 = text.indexOf(':') >= 0;
        if (text.isEmpty() || !v6 && (text.indexOf('.') < 0 || !Character.isDigit(text.charAt(0)))) return false;
        for (char c : text.toCharArray()) {
            boolean ok = c >= '0' && c <= '9'
                    || c == '.'
                    || c == '/'
                    || v6 && (c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
            if (!ok) return false;
        }
        return true;
    }

    private static Endpoint parseAddress(String text) {
        return of(IpNet.parse(text)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or network: " + text)));
    }

    /** An address or a network as a flow's end. */
    static Endpoint of(IpNet net) {
        return net.isSingleAddress() ? new Ip(net) : new Cidr(net);
    }
}
