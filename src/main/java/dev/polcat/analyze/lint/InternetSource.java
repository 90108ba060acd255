package dev.polcat.analyze.lint;

import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.EntityRule;
import dev.polcat.calico.GlobalNetworkSet;
import dev.polcat.calico.NetworkSet;
import dev.polcat.calico.selector.ParsedSelector;
import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.net.Cidr;
import dev.polcat.net.IpNet;
import java.util.List;
import java.util.Optional;

/**
 * Whether a rule's source takes in the whole internet, and how it says so: an empty source, {@code
 * 0.0.0.0/0} or {@code ::/0} in its nets, or a selector that picks a network set holding one of them. A
 * {@code notNets} catch-all excludes everything, so it is not internet.
 */
final class InternetSource {
    private InternetSource() {}

    /** How the source reaches the internet ("anywhere", "0.0.0.0/0", "network set NAME"), or empty. */
    static Optional<String> of(EntityRule src, List<CalicoResource> resources) {
        if (src.notNets().stream().anyMatch(InternetSource::isCatchAll)) return Optional.empty();
        if (!src.namespaceSelector().isEmpty() || src.serviceAccounts() != null || src.services() != null)
            return Optional.empty();
        if (!src.selector().isEmpty()) return networkSet(src.selector(), resources);
        if (src.nets().isEmpty()) return src.notSelector().isEmpty() ? Optional.of("anywhere") : Optional.empty();
        return src.nets().stream()
                .filter(InternetSource::isCatchAll)
                .map(Cidr::text)
                .findFirst();
    }

    private static Optional<String> networkSet(ParsedSelector selector, List<CalicoResource> resources) {
        Selector s;
        try {
            s = selector.selector();
        } catch (SelectorParseException e) {
            return Optional.empty();
        }
        for (CalicoResource r : resources) {
            List<Cidr> nets = r instanceof GlobalNetworkSet g ? g.nets() : r instanceof NetworkSet n ? n.nets() : null;
            if (nets == null || !s.matches(r.metadata().labels())) continue;
            Optional<String> all = nets.stream()
                    .filter(InternetSource::isCatchAll)
                    .map(Cidr::text)
                    .findFirst();
            if (all.isPresent())
                return Optional.of(all.get() + " in " + r.kind().yamlName() + " " + r.name());
        }
        return Optional.empty();
    }

    static boolean isCatchAll(Cidr net) {
        return net.parsed().map(IpNet::isCatchAll).orElse(false);
    }
}
