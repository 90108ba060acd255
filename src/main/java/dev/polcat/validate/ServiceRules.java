package dev.polcat.validate;

import dev.polcat.calico.EntityRule;
import dev.polcat.calico.Kind;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.calico.ServiceMatch;

/**
 * Kubernetes Service matches (validate*PolicySpec, validateEntityRule, CEL on Rule and EntityRule):
 * source.services only on ingress, destination.services only on egress, a name always, a namespace in a
 * GlobalNetworkPolicy, nothing else that picks peers beside them, and no ports on destination.services.
 */
final class ServiceRules {
    private ServiceRules() {}

    static void check(Rule rule, String path, PolicyType direction, Kind kind, Problems p) {
        side(rule.source(), path + ".source", p, kind);
        side(rule.destination(), path + ".destination", p, kind);
        if (direction == PolicyType.EGRESS && rule.source().services() != null) {
            p.add(
                    path + ".source.services",
                    "source.services is not allowed in an egress rule;"
                            + " services go in destination on egress rules and in source on ingress rules",
                    "move it to destination.services");
        }
        if (direction == PolicyType.INGRESS && rule.destination().services() != null) {
            p.add(
                    path + ".destination.services",
                    "destination.services is not allowed in an ingress rule;"
                            + " services go in source on ingress rules and in destination on egress rules",
                    "move it to source.services, or make this an egress rule");
        }
        EntityRule dst = rule.destination();
        if (dst.services() != null) {
            if (!dst.ports().isEmpty()) {
                p.add(
                        path + ".destination.ports",
                        "ports cannot be combined with destination.services;"
                                + " the service's own endpoint ports are used",
                        "remove the ports");
            }
            if (!dst.notPorts().isEmpty()) {
                p.add(
                        path + ".destination.notPorts",
                        "notPorts cannot be combined with destination.services;"
                                + " the service's own endpoint ports are used",
                        "remove the notPorts");
            }
        }
    }

    private static void side(EntityRule e, String path, Problems p, Kind kind) {
        ServiceMatch svc = e.services();
        if (svc == null) return;
        String at = path + ".services";
        if (svc.name().isEmpty()) {
            p.add(at + ".name", "services needs a service name", "set services.name to the Kubernetes Service");
        } else if (!K8sNames.isSubdomain(svc.name())) {
            p.add(
                    at + ".name",
                    "service name " + Problems.quote(svc.name()) + " is not valid; use " + K8sNames.SUBDOMAIN_RULE,
                    "");
        }
        if (svc.namespace().isEmpty() && kind == Kind.GLOBAL_NETWORK_POLICY) {
            p.add(
                    at + ".namespace",
                    "a GlobalNetworkPolicy service match needs a namespace",
                    "set services.namespace; only a NetworkPolicy defaults it to its own namespace");
        } else if (!svc.namespace().isEmpty() && !K8sNames.isSubdomain(svc.namespace())) {
            p.add(
                    at + ".namespace",
                    "namespace " + Problems.quote(svc.namespace()) + " is not valid; use " + K8sNames.SUBDOMAIN_RULE,
                    "");
        }
        combined(!e.selector().isEmpty() || !e.notSelector().isEmpty(), "selector/notSelector", at, p);
        combined(!e.namespaceSelector().isEmpty(), "namespaceSelector", at, p);
        combined(e.serviceAccounts() != null, "serviceAccounts", at, p);
        combined(!e.nets().isEmpty() || !e.notNets().isEmpty(), "nets/notNets", at, p);
    }

    private static void combined(boolean present, String what, String path, Problems p) {
        if (present) {
            p.add(
                    path,
                    "services cannot be combined with " + what + " in the same source or destination",
                    "a service match picks its own endpoints and IPs; split it into separate rules");
        }
    }
}
