package dev.polcat.schema;

import static dev.polcat.schema.SchemaNodes.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shared value shapes of the profile schema ({@code $defs}): the address patterns are long, and every
 * CIDR or port parameter refers to one copy.
 */
final class Definitions {
    static final String CIDR = "cidr";
    static final String ADDRESS = "ip";
    static final String CIDR_OR_ADDRESS = "cidrOrIp";
    static final String ENDPOINT = "ipAndPort";
    static final String PORT = "port";

    private Definitions() {}

    static ObjectNode ref(String name) {
        return JSON.objectNode().put("$ref", "#/$defs/" + name);
    }

    /** Every definition, by name. */
    static ObjectNode all() {
        ObjectNode defs = JSON.objectNode();
        defs.set(
                CIDR,
                SchemaNodes.string(
                        AddressPatterns.CIDR,
                        "A network such as 10.0.0.0/24 or fd00::/64. Its host "
                                + "bits must be zero (10.0.0.0/24, not 10.0.0.1/24): polcat validate checks that, the schema cannot.",
                        "not a CIDR: write a network such as 10.0.0.0/24 or fd00::/64"));
        defs.set(
                ADDRESS,
                SchemaNodes.string(
                        AddressPatterns.ADDRESS,
                        "An address such as 10.0.0.1 or fd00::1, without a prefix length.",
                        "not an IP address: write an address such as 10.0.0.1 or fd00::1, without a prefix length"));
        defs.set(
                CIDR_OR_ADDRESS,
                SchemaNodes.string(
                        AddressPatterns.CIDR_OR_ADDRESS,
                        "A network such as 10.0.0.0/24 "
                                + "or a single address. A network's host bits must be zero: polcat validate checks that, the schema cannot.",
                        "not a network or address: write 10.0.0.0/24, fd00::/64 or an address"));
        defs.set(
                ENDPOINT,
                SchemaNodes.string(
                        AddressPatterns.ENDPOINT,
                        "ADDRESS:PORT, with an IPv6 address in brackets: 10.30.1.11:2379 or \"[fd00::11]:2379\".",
                        "not ADDRESS:PORT: write 10.0.0.11:2379 or \"[fd00::11]:2379\""));
        defs.set(
                PORT,
                SchemaNodes.either(
                        JSON.objectNode()
                                .put("type", "integer")
                                .put("minimum", 1)
                                .put("maximum", 65535),
                        SchemaNodes.string(
                                "^" + AddressPatterns.PORT_NUMBER + "(:" + AddressPatterns.PORT_NUMBER + ")?$",
                                "",
                                "not a port: write a number from 1 to 65535, or a range \"min:max\""),
                        "A port from 1 to 65535, or a range \"min:max\" (quoted). That min is not above max is checked by "
                                + "polcat validate, not by the schema."));
        return defs;
    }
}
