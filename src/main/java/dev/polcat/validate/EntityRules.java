package dev.polcat.validate;

import dev.polcat.calico.EntityRule;
import dev.polcat.calico.ServiceAccountMatch;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule's source or destination apart from nets, ports and services: selectors (syntax, length,
 * global() only as the whole namespaceSelector) and serviceAccounts (validateEntityRule, CEL on EntityRule).
 */
final class EntityRules {
    private EntityRules() {}

    static void check(EntityRule e, String path, Problems p) {
        SelectorRules.check(e.selector(), path + ".selector", p);
        SelectorRules.noGlobal(e.selector().text(), path + ".selector", p);
        SelectorRules.check(e.notSelector(), path + ".notSelector", p);
        SelectorRules.noGlobal(e.notSelector().text(), path + ".notSelector", p);
        SelectorRules.check(e.namespaceSelector(), path + ".namespaceSelector", p);
        SelectorRules.globalOnlyWhole(e.namespaceSelector().text(), path + ".namespaceSelector", p);
        serviceAccounts(e.serviceAccounts(), path + ".serviceAccounts", p);
    }

    private static void serviceAccounts(ServiceAccountMatch sa, String path, Problems p) {
        if (sa == null) return;
        SelectorRules.check(sa.selector(), path + ".selector", p);
        List<String> names = sa.names();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String at = Problems.item(path + ".names", i);
            String name = names.get(i);
            if (!seen.add(name)) {
                p.add(
                        at,
                        "duplicate service account " + Problems.quote(name) + "; names is a set",
                        "remove the repeat");
            } else if (name.isEmpty()) {
                p.add(at, "service account name is empty", "name a service account or remove the entry");
            }
        }
    }
}
