package dev.polcat.analyze;

import dev.polcat.calico.selector.Selector;
import dev.polcat.calico.selector.SelectorParseException;
import dev.polcat.catalog.Host;
import dev.polcat.catalog.Profile;
import dev.polcat.catalog.PublicService;
import java.util.Locale;

/** Whether a profile's {@code public:} list declares one service ({@code tcp/9091}, {@code icmp/8}) on one host. */
public final class PublicDeclarations {
    private PublicDeclarations() {}

    public static boolean declares(Profile env, String hostName, String service) {
        Host host = env.host(hostName).orElse(null);
        if (host == null) return false;
        return env.publicServices().stream().anyMatch(p -> names(p, host) && covers(p, service));
    }

    private static boolean names(PublicService p, Host h) {
        if (!p.to().isSelector()) return p.to().value().equals(h.name());
        try {
            return Selector.parse(p.to().value()).matches(h.labels());
        } catch (SelectorParseException e) {
            return false;
        }
    }

    /** {@code any} covers all; {@code tcp} every TCP port; {@code tcp/9091} itself; {@code icmp} every type. */
    static boolean covers(PublicService p, String service) {
        String s = service.toLowerCase(Locale.ROOT);
        int slash = s.indexOf('/');
        String proto = slash < 0 ? s : s.substring(0, slash);
        return p.services().contains("any") || p.services().contains(s) || slash >= 0 && p.services().contains(proto);
    }
}
