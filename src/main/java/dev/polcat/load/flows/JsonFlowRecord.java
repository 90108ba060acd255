package dev.polcat.load.flows;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the flat fields of one JSON flow into a {@link FlowRecord}: Goldmane's {@code Flow} (endpoint types
 * {@code WorkloadEndpoint}, {@code HostEndpoint}, {@code NetworkSet}, {@code Network}, names aggregated per
 * pod prefix, no addresses) and Calico Enterprise's flow logs ({@code wep}, {@code hep}, {@code ns},
 * {@code net}, {@code source_name_aggr}, {@code source_ip} when not aggregated away).
 */
final class JsonFlowRecord {
    private JsonFlowRecord() {}

    static FlowRecord of(Map<String, Object> f, int line) {
        FlowEnd source = end(f, "source");
        FlowEnd dest = end(f, "dest");
        Object proto = f.get("proto");
        if (proto == null) throw new IllegalArgumentException("not a flow: no proto");
        Object port = f.get("destport");
        return new FlowRecord(
                source,
                dest,
                FlowValues.protocol(proto.toString()),
                port == null ? 0 : FlowValues.port(port.toString()),
                FlowValues.action(str(f, "action")),
                reporter(str(f, "reporter")),
                connections(f),
                f.containsKey("pendingaction") ? pending(str(f, "pendingaction")) : null,
                line);
    }

    private static FlowEnd end(Map<String, Object> f, String side) {
        String type = str(f, side + "type");
        String ip = present(str(f, side + "ip"));
        String name = present(str(f, side + "name"));
        if (name == null) name = present(str(f, side + "nameaggr"));
        String ns = present(str(f, side + "namespace"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) f.get(side + "labels");
        FlowEnd.Kind kind = kind(type, side);
        if (kind == null) {
            if (ip == null)
                throw new IllegalArgumentException("not a flow: no " + side + "_type and no " + side + "_ip");
            return FlowEnd.address(ip);
        }
        if (kind == FlowEnd.Kind.NETWORK && ip != null) return FlowEnd.address(ip);
        if (name == null && ip == null) throw new IllegalArgumentException("not a flow: no " + side + "_name");
        if (kind == FlowEnd.Kind.WORKLOAD && ns == null) {
            throw new IllegalArgumentException(side + " is a workload endpoint without " + side + "_namespace");
        }
        return new FlowEnd(
                kind,
                name == null ? "" : name,
                kind == FlowEnd.Kind.HOST ? "" : ns,
                FlowValues.labels(labels),
                ip == null ? "" : ip);
    }

    private static FlowEnd.Kind kind(String type, String side) {
        if (type == null) return null;
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "workloadendpoint", "wep", "1" -> FlowEnd.Kind.WORKLOAD;
            case "hostendpoint", "hep", "2" -> FlowEnd.Kind.HOST;
            case "networkset", "ns", "3" -> FlowEnd.Kind.NETWORK_SET;
            case "network", "net", "4" -> FlowEnd.Kind.NETWORK;
            case "endpointtypeunspecified", "0", "" -> null;
            default ->
                throw new IllegalArgumentException(
                        side + "_type '" + type + "' is not WorkloadEndpoint, HostEndpoint, NetworkSet or Network");
        };
    }

    private static FlowRecord.Reporter reporter(String r) {
        if (r == null) return FlowRecord.Reporter.UNKNOWN;
        return switch (r.toLowerCase(Locale.ROOT)) {
            case "src", "1" -> FlowRecord.Reporter.SOURCE;
            case "dst", "2" -> FlowRecord.Reporter.DESTINATION;
            default -> FlowRecord.Reporter.UNKNOWN;
        };
    }

    /** A staged trace's last hit: Pass or an unknown action leaves the staged verdict unknown. */
    private static FlowRecord.Action pending(String action) {
        FlowRecord.Action a = FlowValues.action(action);
        return a == FlowRecord.Action.UNKNOWN ? null : a;
    }

    /**
     * New connections in the record's window; a record of only long-lived connections (none started) still
     * stands for traffic, so every record counts at least one.
     */
    private static long connections(Map<String, Object> f) {
        return connections(
                counter(f, "numconnectionsstarted"),
                counter(f, "numflowsstarted"),
                counter(f, "numflows"),
                counter(f, "numconnectionslive"));
    }

    /** The same from counters already read (-1: absent), for records the reader recognised without parsing. */
    static long connections(long started, long flowsStarted, long flows, long live) {
        for (long n : new long[] {started, flowsStarted, flows}) {
            if (n > 0) return n;
        }
        return Math.max(1, live);
    }

    private static long counter(Map<String, Object> f, String key) {
        String v = str(f, key);
        return v == null ? -1 : FlowValues.count(v, key);
    }

    private static String str(Map<String, Object> f, String key) {
        Object v = f.get(key);
        return v instanceof String s ? s : null;
    }

    /** Enterprise writes {@code -} for a field aggregated away. */
    private static String present(String s) {
        return s == null || s.isEmpty() || s.equals("-") ? null : s;
    }
}
