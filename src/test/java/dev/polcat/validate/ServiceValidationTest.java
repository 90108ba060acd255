package dev.polcat.validate;

import static dev.polcat.validate.Docs.egress;
import static dev.polcat.validate.Docs.ingress;
import static dev.polcat.validate.Docs.npEgress;
import static dev.polcat.validate.Docs.npIngress;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Kubernetes Service matches in rules. */
class ServiceValidationTest {

    @TestFactory
    Stream<DynamicTest> services() {
        return ValidationAssertions.run(List.of(
                valid("acceptsDestinationServiceOnNpEgress", npEgress("""
                        action: Allow
                        destination:
                          services: {name: kube-dns}
                        """)),
                valid("acceptsSourceServiceOnNpIngress", npIngress("""
                        action: Allow
                        source:
                          services: {name: frontend}
                        """)),
                // Calico's test "disallow a Service match in an ingress rule destination" expects VALID:
                // its object is really an egress rule with a destination service.
                valid("acceptsGnpEgressDestinationServiceWithNamespace", egress("""
                        action: Allow
                        destination:
                          services: {name: kube-dns, namespace: kube-system}
                        """)),
                // Calico's test "allow a Service match on a GNP" expects INVALID: the service sits in an
                // ingress rule's destination.
                invalid(
                        "rejectsGnpIngressDestinationService",
                        ingress("""
                        action: Allow
                        destination:
                          services: {name: web, namespace: prod}
                        """),
                        "spec.ingress[0].destination.services",
                        "destination.services is not allowed in an ingress rule; services go in source on ingress rules and in destination on egress rules"),
                invalid(
                        "rejectsEgressSourceService",
                        npEgress("""
                        action: Allow
                        source:
                          services: {name: web}
                        """),
                        "spec.egress[0].source.services",
                        "source.services is not allowed in an egress rule; services go in destination on egress rules and in source on ingress rules"),
                invalid(
                        "rejectsGnpServiceWithoutNamespace",
                        egress("""
                        action: Allow
                        destination:
                          services: {name: kube-dns}
                        """),
                        "spec.egress[0].destination.services.namespace",
                        "a GlobalNetworkPolicy service match needs a namespace"),
                invalid(
                        "rejectsGnpIngressSourceServiceWithoutNamespace",
                        ingress("""
                        action: Allow
                        source:
                          services: {name: frontend}
                        """),
                        "spec.ingress[0].source.services.namespace",
                        "a GlobalNetworkPolicy service match needs a namespace"),
                invalid(
                        "rejectsServiceWithoutName",
                        npEgress("""
                        action: Allow
                        destination:
                          services: {namespace: kube-system}
                        """),
                        "spec.egress[0].destination.services.name",
                        "services needs a service name"),
                invalid(
                        "rejectsServiceWithInvalidName",
                        npEgress("""
                        action: Allow
                        destination:
                          services: {name: Kube_DNS}
                        """),
                        "spec.egress[0].destination.services.name",
                        "service name 'Kube_DNS' is not valid; use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters"),
                invalid(
                        "rejectsServiceWithInvalidNamespace",
                        npEgress("""
                        action: Allow
                        destination:
                          services: {name: dns, namespace: Kube System}
                        """),
                        "spec.egress[0].destination.services.namespace",
                        "namespace 'Kube System' is not valid; use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters"),
                invalid(
                        "rejectsServiceWithSelector",
                        npEgress("""
                        action: Allow
                        destination:
                          services: {name: web}
                          selector: app == "web"
                        """),
                        "spec.egress[0].destination.services",
                        "services cannot be combined with selector/notSelector in the same source or destination"),
                invalid(
                        "rejectsServiceWithNotSelector",
                        npIngress("""
                        action: Allow
                        source:
                          services: {name: web}
                          notSelector: has(x)
                        """),
                        "spec.ingress[0].source.services",
                        "services cannot be combined with selector/notSelector in the same source or destination"),
                invalid(
                        "rejectsServiceWithNamespaceSelector",
                        npEgress("""
                        action: Allow
                        destination:
                          services: {name: web}
                          namespaceSelector: all()
                        """),
                        "spec.egress[0].destination.services",
                        "services cannot be combined with namespaceSelector in the same source or destination"),
                invalid(
                        "rejectsServiceWithServiceAccounts",
                        npIngress("""
                        action: Allow
                        source:
                          services: {name: web}
                          serviceAccounts: {names: [api]}
                        """),
                        "spec.ingress[0].source.services",
                        "services cannot be combined with serviceAccounts in the same source or destination"),
                invalid(
                        "rejectsServiceWithNets",
                        npEgress("""
                        action: Allow
                        destination:
                          services: {name: web}
                          nets: [10.0.0.0/8]
                        """),
                        "spec.egress[0].destination.services",
                        "services cannot be combined with nets/notNets in the same source or destination"),
                invalid(
                        "rejectsServiceWithNotNets",
                        npEgress("""
                        action: Allow
                        destination:
                          services: {name: web}
                          notNets: [10.0.0.0/8]
                        """),
                        "spec.egress[0].destination.services",
                        "services cannot be combined with nets/notNets in the same source or destination"),
                invalid(
                        "rejectsDestinationServiceWithPorts",
                        npEgress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          services: {name: web}
                          ports: [80]
                        """),
                        "spec.egress[0].destination.ports",
                        "ports cannot be combined with destination.services; the service's own endpoint ports are used"),
                invalid(
                        "rejectsDestinationServiceWithNotPorts",
                        npEgress("""
                        action: Allow
                        protocol: TCP
                        destination:
                          services: {name: web}
                          notPorts: [22]
                        """),
                        "spec.egress[0].destination.notPorts",
                        "notPorts cannot be combined with destination.services; the service's own endpoint ports are used"),
                valid("acceptsSourceServiceWithPortsOnIngress", npIngress("""
                        action: Allow
                        protocol: TCP
                        source:
                          services: {name: web}
                          ports: [8080]
                        """)),
                invalid(
                        "rejectsSourceServiceNumericPortsWithoutProtocol",
                        npIngress("""
                        action: Allow
                        source:
                          services: {name: web}
                          ports: [8080]
                        """),
                        "spec.ingress[0].source.ports[0]",
                        "numeric port 8080 needs protocol TCP, UDP or SCTP, but the rule sets no protocol"),
                invalid(
                        "rejectsUnknownServiceField",
                        npEgress("""
                        action: Allow
                        destination:
                          services: {name: web, port: 80}
                        """),
                        "spec.egress[0].destination.services.port#key",
                        "unknown field 'port'")));
    }
}
