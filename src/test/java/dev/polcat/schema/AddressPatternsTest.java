package dev.polcat.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.net.IpNet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema's address patterns accept exactly the notations polcat's own parser accepts. */
class AddressPatternsTest {
    private static final Pattern ADDRESS = Pattern.compile(AddressPatterns.ADDRESS);
    private static final Pattern CIDR = Pattern.compile(AddressPatterns.CIDR);
    private static final Pattern EITHER = Pattern.compile(AddressPatterns.CIDR_OR_ADDRESS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.1",
                "0.0.0.0",
                "255.255.255.255",
                "10.0.0.0/8",
                "10.0.0.0/0",
                "10.0.0.0/32",
                "192.168.1.0/24",
                "fd00::1",
                "::",
                "::1",
                "fd00::",
                "fd00::/8",
                "2001:db8::/32",
                "1:2:3:4:5:6:7:8",
                "1:2:3:4:5:6:7:8/128",
                "::ffff:10.0.0.1",
                "64:ff9b::10.0.0.1",
                "1:2:3:4:5:6:10.0.0.1",
                "fe80::1:2",
                "FD00::AB/64",
                "10.0.0.1/24", // host bits are polcat validate's to check, not the notation's
                "010.0.0.1",
                "10.0.0",
                "10.0.0.256",
                "10.0.0.0/33",
                "10.0.0.0/",
                "10.0.0.0/08",
                "fd00::/064",
                "10.0.0.0/0033",
                "1.2.3.4.5",
                " 10.0.0.1",
                "fd00::/129",
                "1:2:3:4:5:6:7:8:9",
                "1::2::3",
                "fd00::1%eth0",
                "12345::1",
                ":1",
                "1:",
                "g::1",
                "10.0.0.*",
                "10.0.0.0-10.0.0.9",
                "0x0a000001",
                "",
                "1:2:3:4:5:6:7::8:9"
            })
    void agreesWithThePolcatParser(String text) {
        var parsed = IpNet.parse(text);
        boolean address = parsed.isPresent() && !parsed.get().hasPrefix();
        boolean network = parsed.isPresent() && parsed.get().hasPrefix();
        assertEquals(address, ADDRESS.matcher(text).matches(), "address: " + text);
        assertEquals(network, CIDR.matcher(text).matches(), "network: " + text);
        assertEquals(address || network, EITHER.matcher(text).matches(), "either: " + text);
    }
}
