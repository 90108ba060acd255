package dev.polcat.analyze.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polcat.analyze.FlowCheck;
import dev.polcat.analyze.flow.FlowSyntax;
import dev.polcat.analyze.flow.Verdict;
import dev.polcat.diag.SourcePos;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Flow checks are typed: their kind and failsafe mode are enums, reported in the words reports have always used. */
class FlowCheckTest {
    private static final SourcePos POS = new SourcePos("profiles/prod.yaml", 3, 5);
    private static final Verdict DENIED = new Verdict(false, List.of());

    static Stream<Arguments> checks() {
        var f = FlowSyntax.parse("ingress tcp/22 from 10.0.0.0/8 to cp-1");
        return Stream.of(
                Arguments.of(FlowCheck.expected("r", f, true, DENIED, POS), "expect", ""),
                Arguments.of(FlowCheck.example("r", f, false, DENIED, POS), "example", ""),
                Arguments.of(
                        FlowCheck.guard("r", f, FlowCheck.Failsafe.OFF, DENIED, POS),
                        "lockout",
                        "with failsafe ports off"),
                Arguments.of(
                        FlowCheck.guard("r", f, FlowCheck.Failsafe.PROFILE, DENIED, POS),
                        "lockout",
                        "with the environment's failsafe ports"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("checks")
    void kindAndModeReadAsBefore(FlowCheck c, String kind, String mode) {
        assertEquals(kind, c.kind().word());
        assertEquals(mode, c.modeText());
    }

    @Test
    void onlyTheGuardChecksWithFailsafePortsOffAndAProbeIsNoCheck() {
        var f = FlowSyntax.parse("ingress tcp/22 from 10.0.0.0/8 to cp-1");
        var off = assertThrows(
                IllegalArgumentException.class,
                () -> new FlowCheck(FlowCheck.Kind.EXPECTED, "r", f, FlowCheck.Failsafe.OFF, true, DENIED, POS));
        assertEquals("only the lockout guard checks a flow with failsafe ports off", off.getMessage());
        var probe = assertThrows(
                IllegalArgumentException.class,
                () -> new FlowCheck(FlowCheck.Kind.EXPOSURE, "r", f, FlowCheck.Failsafe.PROFILE, true, DENIED, POS));
        assertEquals("an exposure probe is not a flow check", probe.getMessage());
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("ingress tcp/22 from 10.0.0.0/8 to cp-1", "cp-1", "10.0.0.0/8 cp-1 tcp/22"),
                Arguments.of("egress tcp/2379 from cp-1 to 10.2.0.11", "cp-1", "cp-1 10.2.0.11 tcp/2379"),
                Arguments.of(
                        "path udp/53 from shop/api-0 to kube-system/coredns-0",
                        "shop/api-0",
                        "shop/api-0 kube-system/coredns-0 udp/53"),
                Arguments.of(
                        "forward tcp/443 from 0.0.0.0/0 to 10.30.5.7 via gw-1",
                        "0.0.0.0/0",
                        "0.0.0.0/0 10.30.5.7 tcp/443 --via gw-1"),
                Arguments.of("ingress icmp from ::/0 to cp-1", "cp-1", "::/0 cp-1 icmp"));
    }

    /** A failed check names the endpoint it fails for, and the {@code polcat why} arguments that show its trail. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailureNamesItsEndpointAndTheWhyArguments(String flow, String host, String why) {
        var f = FlowSyntax.parse(flow);
        assertEquals(host, FlowFailures.hostOf(f));
        assertEquals(why, FlowFailures.whyArgs(f));
    }
}
