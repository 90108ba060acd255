package dev.polcat.validate;

import static dev.polcat.validate.Docs.doc;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** GlobalNetworkSet and NetworkSet: loose nets, mixed families, the reserved namespace label. */
class NetworkSetValidationTest {

    private static String gns(String labels, String nets) {
        return doc(
                "GlobalNetworkSet",
                "name: corp-nets" + (labels.isEmpty() ? "" : "\nlabels: " + labels),
                "nets: " + nets);
    }

    private static String ns(String labels, String nets) {
        return doc(
                "NetworkSet",
                "name: partners\nnamespace: prod" + (labels.isEmpty() ? "" : "\nlabels: " + labels),
                "nets: " + nets);
    }

    @TestFactory
    Stream<DynamicTest> networkSets() {
        return ValidationAssertions.run(List.of(
                valid("acceptsGlobalNetworkSetWithMaskedCidrs", gns("{role: corp}", "[10.0.0.0/8, 192.168.0.0/16]")),
                valid("acceptsHostBitsInNetworkSetNets", gns("", "[10.0.0.1/8, 1.2.3.4/16]")),
                valid("acceptsBareIpsInNetworkSetNets", gns("", "[10.0.0.1, \"fd00::1\"]")),
                valid("acceptsMixedFamiliesInNetworkSet", ns("", "[10.0.0.0/8, \"2001:db8::/32\"]")),
                valid("acceptsCatchAllInNetworkSet", ns("", "[0.0.0.0/0, \"::/0\"]")),
                valid("acceptsEmptyNetworkSet", doc("GlobalNetworkSet", "name: empty-set", "")),
                invalid(
                        "rejectsGarbageInNetworkSet",
                        gns("", "[10.0.0.0/8, corp.example.com]"),
                        "spec.nets[1]",
                        "'corp.example.com' is not an IP address or CIDR; use forms such as 10.0.0.1, 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsPrefixTooLongInNetworkSet",
                        ns("", "[10.0.0.0/40]"),
                        "spec.nets[0]",
                        "'10.0.0.0/40' is not an IP address or CIDR; use forms such as 10.0.0.1, 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsIpRangeInNetworkSet",
                        gns("", "[10.0.0.1-10.0.0.9]"),
                        "spec.nets[0]",
                        "'10.0.0.1-10.0.0.9' is not an IP address or CIDR; use forms such as 10.0.0.1, 10.0.0.0/8 or 2001:db8::/32"),
                invalid(
                        "rejectsReservedNamespaceLabelOnGlobalNetworkSet",
                        gns("{projectcalico.org/namespace: prod}", "[10.0.0.0/8]"),
                        "metadata.labels.projectcalico.org/namespace",
                        "label projectcalico.org/namespace is reserved for Calico and cannot be set on a network set"),
                invalid(
                        "rejectsReservedNamespaceLabelOnNetworkSet",
                        ns("{projectcalico.org/namespace: prod}", "[10.0.0.0/8]"),
                        "metadata.labels.projectcalico.org/namespace",
                        "label projectcalico.org/namespace is reserved for Calico and cannot be set on a network set"),
                invalid(
                        "rejectsBadLabelValueOnNetworkSet",
                        gns("{role: \"corp nets\"}", "[10.0.0.0/8]"),
                        "metadata.labels.role",
                        "label value 'corp nets' is not valid: only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit"),
                invalid(
                        "rejectsNetsAsString",
                        gns("", "10.0.0.0/8"),
                        "spec.nets",
                        "expected a list, got a string (10.0.0.0/8)"),
                invalid(
                        "rejectsUnknownNetworkSetField",
                        doc("GlobalNetworkSet", "name: corp", "nets: [10.0.0.0/8]\nselector: all()"),
                        "spec.selector#key",
                        "unknown field 'selector'")));
    }
}
