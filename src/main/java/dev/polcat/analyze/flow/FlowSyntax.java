package dev.polcat.analyze.flow;

import dev.polcat.catalog.FlowService;
import java.util.List;

/**
 * Reads a flow written as {@link Flow#describe()} writes it, for command lines and test tables:
 *
 * <pre>
 * &lt;ingress|egress|forward|path&gt; &lt;service&gt; [sport &lt;port&gt;] from &lt;endpoint&gt; to &lt;endpoint&gt; [via &lt;host&gt;]
 * service  := any | &lt;proto&gt; | &lt;proto&gt;/&lt;port or ICMP type&gt; | &lt;proto&gt;/any
 * proto    := tcp | udp | icmp | icmpv6 | sctp | udplite (any case) | 1-255
 * endpoint := an address, a network, a host name, or a workload (namespace/name)
 * </pre>
 *
 * e.g. {@code ingress tcp/22 from 10.0.0.0/8 to prod-cp-1}, {@code egress udp/67 sport 68 from dev-node-1 to
 * 255.255.255.255/32}, {@code forward tcp/443 from 0.0.0.0/0 to 10.30.5.7 via prod-worker-1}.
 */
public final class FlowSyntax {
    private FlowSyntax() {}

    /** @throws IllegalArgumentException saying what is wrong */
    public static Flow parse(String text) {
        List<String> t = List.of(text.strip().split("\\s+"));
        int i = 0;
        Direction direction = direction(get(t, i++, text));
        String service = get(t, i++, text);
        Integer sourcePort = null;
        if (get(t, i, text).equals("sport")) {
            sourcePort = FlowService.number(get(t, i + 1, text), "source port", why -> bad(text, why));
            i += 2;
        }
        expect(t, i++, "from", text);
        Endpoint from = Endpoint.parse(get(t, i++, text));
        expect(t, i++, "to", text);
        Endpoint to = Endpoint.parse(get(t, i++, text));
        Endpoint.HostName via = null;
        if (i < t.size()) {
            expect(t, i++, "via", text);
            via = new Endpoint.HostName(get(t, i++, text));
        }
        if (i < t.size()) throw bad(text, "unexpected '" + t.get(i) + "'");
        FlowService svc = FlowService.read(service, why -> bad(text, why));
        Flow flow = new Flow(from, to, svc.protocol(), svc.port(), direction, null, via);
        return sourcePort == null ? flow : flow.withSourcePort(sourcePort);
    }

    private static Direction direction(String word) {
        for (Direction d : Direction.values()) if (d.word().equalsIgnoreCase(word)) return d;
        throw new IllegalArgumentException("expected ingress, egress, forward or path, not '" + word + "'");
    }

    private static String get(List<String> t, int i, String text) {
        if (i >= t.size() || t.get(i).isEmpty()) throw bad(text, "too short");
        return t.get(i);
    }

    private static void expect(List<String> t, int i, String word, String text) {
        if (!get(t, i, text).equals(word)) throw bad(text, "expected '" + word + "' at '" + t.get(i) + "'");
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("cannot read flow '" + text + "': " + why
                + " (write e.g. 'ingress tcp/22 from 10.0.0.0/8 to prod-cp-1')");
    }
}
