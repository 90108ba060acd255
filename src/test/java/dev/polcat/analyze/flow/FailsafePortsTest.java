package dev.polcat.analyze.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.catalog.FailsafeEntry;
import dev.polcat.catalog.FailsafeList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Felix's failsafe port list format (felix/config/param_types.go) and defaults (config_params.go). */
class FailsafePortsTest {

    @Test
    void defaultsAreFelixs() {
        FailsafePorts d = FailsafePorts.defaults();
        assertEquals(
                "tcp:22, udp:68, tcp:179, tcp:2379, tcp:2380, tcp:5473, tcp:6443, tcp:6666, tcp:6667",
                String.join(
                        ", ", d.inbound().stream().map(FailsafeEntry::toString).toList()));
        assertEquals(
                "udp:53, udp:67, tcp:179, tcp:2379, tcp:2380, tcp:5473, tcp:6443, tcp:6666, tcp:6667",
                String.join(
                        ", ", d.outbound().stream().map(FailsafeEntry::toString).toList()));
        assertTrue(FailsafePorts.disabled().isDisabled());
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            22                              | tcp:22
            udp:53                          | udp:53
            UDP:53                          | udp:53
            ` tcp:22 ,, udp:68 `            | tcp:22, udp:68
            tcp:10.0.0.0/8:22               | tcp:10.0.0.0/8:22
            tcp:10.1.2.3:22                 | tcp:10.1.2.3/32:22
            tcp:10.1.2.3/8:22               | tcp:10.0.0.0/8:22
            tcp:[fd00::/8]:22               | tcp:[fd00::/8]:22
            udp:[fd00::1]:53                | udp:[fd00::1/128]:53
            [fd00::/8]:22                   | tcp:[fd00::/8]:22
            none                            | ''
            NONE                            | ''
            ``                              | ''
            0                               | tcp:0
            65535                           | tcp:65535
            """)
    void parsesFelixsFormat(String raw, String expected) {
        String got = String.join(
                ", ",
                FailsafePorts.parseList(raw).stream()
                        .map(FailsafeEntry::toString)
                        .toList());
        assertEquals(expected.equals("''") ? "" : expected, got);
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            sctp:22                | unknown protocol 'sctp'
            tcp:65536              | ports must be in range 0-65535
            tcp:-1                 | ports should be integers
            tcp:ssh                | ports should be integers
            tcp:1:2:3:4            | ports should be <protocol>:<net>:<number>
            tcp:10.0.0.0/33:22     | invalid CIDR or IP '10.0.0.0/33'
            tcp:[fd00::/8:22       | an IPv6 network is written [<cidr>]:<port>
            """)
    void refusesWhatFelixRefuses(String raw, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FailsafePorts.parseList(raw));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void bothListsParseTogether() {
        FailsafePorts p = FailsafePorts.parse("tcp:22", "none");
        assertEquals(List.of(FailsafeEntry.of("tcp", 22)), p.inbound());
        assertEquals(List.of(), p.outbound());
        assertEquals("inbound [tcp:22], outbound []", p.toString());
    }

    /** {@link FailsafePorts#read} answers a bad list with a value: no entries, and the whole message. */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            tcp:22,udp:68   | tcp:22, udp:68 |
            none            | ''             |
            tcp:22,sctp:9   | ''             | invalid failsafe port list 'tcp:22,sctp:9' at 'sctp:9': unknown protocol 'sctp' (tcp or udp)
            tcp:x:22        | ''             | invalid failsafe port list 'tcp:x:22' at 'tcp:x:22': invalid CIDR or IP 'x'
            """)
    void readsAListOrSaysWhyNot(String raw, String entries, String error) {
        FailsafeList.Reading r = FailsafeList.read(raw);
        assertEquals(
                entries.equals("''") ? "" : entries,
                String.join(
                        ", ", r.entries().stream().map(FailsafeEntry::toString).toList()));
        assertEquals(error, r.error());
        assertEquals(error == null, r.ok());
    }
}
