package dev.polcat.schema;

/**
 * Anchored regexes for the address notations polcat reads (Go's, as {@link dev.polcat.net.IpNet}
 * parses them): dotted-quad IPv4 without leading zeros, standard IPv6 (with an embedded IPv4 tail), an
 * optional prefix length. A regex checks the notation only; host bits are left to {@code polcat
 * validate}. Written in the subset of syntax that Java and ECMAScript regexes share.
 */
final class AddressPatterns {
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final String V4 = OCTET + "(\\." + OCTET + "){3}";
    private static final String H = "[0-9a-fA-F]{1,4}";
    private static final String V6 = "("
            + "(" + H + ":){7}" + H
            + "|(" + H + ":){1,7}:"
            + "|(" + H + ":){1,6}:" + H
            + "|(" + H + ":){1,5}(:" + H + "){1,2}"
            + "|(" + H + ":){1,4}(:" + H + "){1,3}"
            + "|(" + H + ":){1,3}(:" + H + "){1,4}"
            + "|(" + H + ":){1,2}(:" + H + "){1,5}"
            + "|" + H + ":(:" + H + "){1,6}"
            + "|:((:" + H + "){1,7}|:)"
            + "|(" + H + ":){6}" + V4
            + "|((" + H + ":){1,5}|:):(" + H + ":){0,4}" + V4
            + ")";
    // polcat reads a prefix length with leading zeros ("/08") as Go does, so the schema accepts them too.
    private static final String V4_PREFIX = "/0*(3[0-2]|[12]?[0-9])";
    private static final String V6_PREFIX = "/0*(12[0-8]|1[01][0-9]|[1-9]?[0-9])";
    /** 1 to 65535 without leading zeros. */
    static final String PORT_NUMBER =
            "([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";

    /** An address, IPv4 or IPv6, without a prefix length. */
    static final String ADDRESS = "^(" + V4 + "|" + V6 + ")$";
    /** A network: an address with a prefix length. */
    static final String CIDR = "^(" + V4 + V4_PREFIX + "|" + V6 + V6_PREFIX + ")$";
    /** A network, or a single address. */
    static final String CIDR_OR_ADDRESS = "^(" + V4 + "(" + V4_PREFIX + ")?|" + V6 + "(" + V6_PREFIX + ")?)$";
    /** {@code ADDRESS:PORT}, with IPv6 addresses in brackets: {@code [fd00::11]:2379}. */
    static final String ENDPOINT = "^(" + V4 + "|\\[" + V6 + "\\]):" + PORT_NUMBER + "$";

    private AddressPatterns() {}
}
