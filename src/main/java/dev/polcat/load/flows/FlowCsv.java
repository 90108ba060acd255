package dev.polcat.load.flows;

import dev.polcat.net.IpNet;
import java.util.Locale;

/**
 * A plain flow list, one flow a line: {@code src,dst,proto,port[,count]} (or tab-separated). Each end is
 * an address or network, {@code workload:NAMESPACE/NAME} (or {@code NAMESPACE/NAME}), {@code host:NAME} or a
 * bare host name, or {@code pub}/{@code pvt}. A header line starting with {@code src} and lines starting
 * with {@code #} are skipped. The list says nothing about what the cluster did.
 */
final class FlowCsv {
    private FlowCsv() {}

    static boolean isHeader(String line) {
        String first = line.strip().toLowerCase(Locale.ROOT);
        return first.startsWith("src") || first.startsWith("source");
    }

    static FlowRecord parse(String line, char separator, int lineNo) {
        String[] cells = line.split(String.valueOf(separator), -1);
        if (cells.length < 4 || cells.length > 5) {
            throw new IllegalArgumentException("expected src" + separator + "dst" + separator + "proto" + separator
                    + "port[" + separator + "count], got " + cells.length + (cells.length == 1 ? " field" : " fields"));
        }
        String proto = FlowValues.protocol(cells[2]);
        int port = FlowValues.port(cells[3]);
        long count = cells.length == 5 && !cells[4].isBlank() ? FlowValues.count(cells[4], "count") : 1;
        return new FlowRecord(
                end(cells[0]),
                end(cells[1]),
                proto,
                port,
                FlowRecord.Action.UNKNOWN,
                FlowRecord.Reporter.UNKNOWN,
                count,
                null,
                lineNo);
    }

    static FlowEnd end(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("an empty endpoint");
        if (t.equals("pub") || t.equals("pvt")) return FlowEnd.network(t);
        if (t.startsWith("host:")) return FlowEnd.host(name(t.substring(5), t));
        var net = IpNet.parse(t);
        if (net.isPresent())
            return FlowEnd.address(
                    net.get().isSingleAddress()
                            ? net.get().address()
                            : net.get().canonical());
        String w = t.startsWith("workload:") ? t.substring(9) : t;
        int slash = w.indexOf('/');
        if (slash < 0) return FlowEnd.host(name(w, t));
        if (slash != w.lastIndexOf('/') || slash == 0 || slash == w.length() - 1) {
            throw new IllegalArgumentException(
                    "'" + t + "' is not an address, a network, workload:NAMESPACE/NAME or a host name");
        }
        return FlowEnd.workload(w.substring(0, slash), w.substring(slash + 1));
    }

    private static String name(String n, String whole) {
        if (n.isEmpty()) throw new IllegalArgumentException("'" + whole + "' names nothing");
        return n;
    }
}
