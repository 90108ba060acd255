package dev.polcat.analyze;

import dev.polcat.net.IpNet;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of the exposure report: every host or workload in {@code hosts} accepts {@code service} from
 * the source, and one rule (or failsafe port, or namespace profile) allows it, {@code allowedBy} in words.
 * The source is a network ({@code from} is {@code anywhere}, the parameter or network set that declares
 * {@code cidr}; {@code net} is its value and {@code peers} is empty) or other endpoints of the environment
 * ({@code from} is {@code host} or {@code workload} and {@code peers} names them; {@code cidr} is "" and
 * {@code net} null). A destination is never its own source: a peer listed in {@code hosts} too reaches the
 * others, not itself. {@code policy} and {@code rule} ({@code spec.ingress[0]}) name the deciding rule, ""
 * when no policy rule decided (Felix's failsafe ports).
 *
 * <p>One grant stands for many rows (host × source), so the report grows with the rules and the services
 * they name, not with hosts × hosts × services.
 */
public record ExposureGrant(
        List<String> hosts,
        String service,
        String from,
        String cidr,
        List<String> peers,
        String allowedBy,
        String policy,
        String rule,
        IpNet net) {

    public ExposureGrant {
        hosts = List.copyOf(hosts);
        peers = List.copyOf(peers);
    }

    /** The grant of one row. */
    public static ExposureGrant of(ExposureRow r) {
        return r.fromEndpoint()
                ? new ExposureGrant(
                        List.of(r.host()),
                        r.service(),
                        r.from(),
                        "",
                        List.of(r.cidr()),
                        r.allowedBy(),
                        r.policy(),
                        r.rule(),
                        null)
                : new ExposureGrant(
                        List.of(r.host()),
                        r.service(),
                        r.from(),
                        r.cidr(),
                        List.of(),
                        r.allowedBy(),
                        r.policy(),
                        r.rule(),
                        r.net());
    }

    /**
     * Whether the source is other hosts or workloads of the environment rather than a network: a network
     * always has its value, so a CIDR parameter named {@code host} is still a network.
     */
    public boolean fromEndpoints() {
        return net == null && (from.equals(ExposureRow.FROM_HOST) || from.equals(ExposureRow.FROM_WORKLOAD));
    }

    /** From anywhere: the whole IPv4 or IPv6 internet. */
    public boolean fromInternet() {
        return !fromEndpoints() && (from.equals("anywhere") || net != null && net.isCatchAll());
    }

    /** One row per host and source, hosts first: what the report says, spelled out. */
    public List<ExposureRow> rows() {
        List<ExposureRow> out = new ArrayList<>();
        for (String h : hosts) {
            if (!fromEndpoints()) {
                out.add(new ExposureRow(h, service, from, cidr, allowedBy, policy, rule, net));
                continue;
            }
            for (String p : peers)
                if (!p.equals(h)) out.add(new ExposureRow(h, service, from, p, allowedBy, policy, rule, null));
        }
        return out;
    }
}
