package dev.polcat.analyze.diff;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.PolicyResource;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a change to a policy's order, selector, types or stage flags means for the traffic it governs. */
final class Meanings {
    private Meanings() {}

    static List<String> of(CalicoResource before, CalicoResource after, Profile env) {
        List<String> out = new ArrayList<>();
        if (!(before instanceof PolicyResource b) || !(after instanceof PolicyResource a)) return out;
        PolicySpec sb = b.spec();
        PolicySpec sa = a.spec();
        order(sb.order(), sa.order(), out);
        if (!sb.selector().equals(sa.selector()) && env != null) selector(sb.selector(), sa.selector(), env, out);
        for (PolicyType t : PolicyType.values()) {
            if (sb.appliesTo(t) && !sa.appliesTo(t)) {
                out.add("no longer applies to " + t.yamlName().toLowerCase() + " traffic: its "
                        + t.yamlName().toLowerCase()
                        + " rules are ignored and it no longer causes a default deny in that direction");
            } else if (!sb.appliesTo(t) && sa.appliesTo(t)) {
                out.add("now applies to " + t.yamlName().toLowerCase()
                        + " traffic: what its rules do not allow is denied "
                        + "at the end of the tier unless a later policy allows it");
            }
        }
        if (sb.doNotTrack() != sa.doNotTrack()) {
            out.add(
                    sa.doNotTrack()
                            ? "now untracked (doNotTrack): evaluated before connection tracking and normal policy"
                            : "no longer untracked: evaluated as normal policy");
        }
        if (sb.preDNAT() != sa.preDNAT()) {
            out.add(
                    sa.preDNAT()
                            ? "now pre-DNAT: evaluated before kube-proxy's DNAT, with no default drop"
                            : "no longer pre-DNAT");
        }
        if (sb.applyOnForward() != sa.applyOnForward()) {
            out.add(
                    sa.applyOnForward()
                            ? "now also applies to traffic forwarded through the hosts"
                            : "no longer applies to forwarded traffic");
        }
        return out;
    }

    private static void order(BigDecimal b, BigDecimal a, List<String> out) {
        if (b == null && a == null || b != null && a != null && b.compareTo(a) == 0) return;
        String from = b == null ? "none (last)" : b.stripTrailingZeros().toPlainString();
        String to = a == null ? "none (last)" : a.stripTrailingZeros().toPlainString();
        boolean earlier = a != null && (b == null || a.compareTo(b) < 0);
        out.add("order " + from + " → " + to + ": now evaluated " + (earlier ? "earlier" : "later")
                + " than before relative to the other policies of its tier");
    }

    private static void selector(ParsedSelector before, ParsedSelector after, Profile env, List<String> out) {
        List<String> gained = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        try {
            Selector b = before.selector();
            Selector a = after.selector();
            for (Host h : env.hosts()) {
                boolean was = b.matches(h.labels());
                boolean is = a.matches(h.labels());
                if (is && !was) gained.add(h.name());
                if (was && !is) lost.add(h.name());
            }
        } catch (SelectorParseException e) {
            return;
        }
        String what = "selector now selects different endpoints";
        if (!gained.isEmpty()) what += "; newly selects hosts " + String.join(", ", gained);
        if (!lost.isEmpty()) what += "; no longer selects hosts " + String.join(", ", lost);
        if (gained.isEmpty() && lost.isEmpty()) what += " (the same hosts of this environment)";
        out.add(what);
    }
}
