package dev.polcat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.catalog.ParamType;
import dev.polcat.catalog.ParamValue;
import dev.polcat.diag.DiagnosticPrinter;
import dev.polcat.diag.Diagnostics;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every parameter type, with values it accepts (and how it reads them) and values it refuses (and why). */
class ParamBinderTest {
    private static final ParamType.Scalar STRING = ParamType.Scalar.of(ParamType.Kind.STRING);
    private static final ParamType.Scalar BOOL = ParamType.Scalar.of(ParamType.Kind.BOOL);
    private static final ParamType.Scalar INT = ParamType.Scalar.of(ParamType.Kind.INT);
    private static final ParamType.Scalar PORT = ParamType.Scalar.of(ParamType.Kind.PORT);
    private static final ParamType.Scalar CIDR = ParamType.Scalar.of(ParamType.Kind.CIDR);
    private static final ParamType.Scalar IP = ParamType.Scalar.of(ParamType.Kind.IP);
    private static final ParamType.Scalar SELECTOR = ParamType.Scalar.of(ParamType.Kind.SELECTOR);
    private static final ParamType.Scalar ENUM = new ParamType.Scalar(ParamType.Kind.ENUM, List.of("vxlan", "ipip"));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(STRING, "hello", "hello"),
                Arguments.of(STRING, "'NO'", "NO"),
                Arguments.of(
                        STRING,
                        "NO",
                        "error: v: expected a string, but YAML reads 'NO' as a boolean [P114]\n  hint: quote it: \"NO\""),
                Arguments.of(
                        STRING,
                        "1.10",
                        "error: v: expected a string, but YAML reads '1.10' as a number [P114]\n  hint: quote it: \"1.10\""),
                Arguments.of(BOOL, "true", "true"),
                Arguments.of(
                        BOOL,
                        "on",
                        "error: v: 'on' is a boolean only to YAML 1.1 readers [P114]\n  hint: write true or false"),
                Arguments.of(BOOL, "'true'", "error: v: expected true or false, got a string 'true' [P105]"),
                Arguments.of(INT, "42", "42"),
                Arguments.of(INT, "-7", "-7"),
                Arguments.of(
                        INT,
                        "0x1F",
                        "error: v: '0x1F' is not a plain decimal number (YAML 1.1 reads it as octal, hex or with separators) [P114]\n  hint: write the decimal number without leading zeros, underscores or 0x"),
                Arguments.of(PORT, "22", "22"),
                Arguments.of(PORT, "'1000:2000'", "1000:2000"),
                Arguments.of(
                        PORT,
                        "0",
                        "error: v: '0' is not a valid port [P107]\n  hint: a port is a number from 1 to 65535, or a range \"min:max\" (quoted)"),
                Arguments.of(
                        PORT,
                        "'2000:1000'",
                        "error: v: '2000:1000' is not a valid port [P107]\n  hint: a port is a number from 1 to 65535, or a range \"min:max\" (quoted)"),
                Arguments.of(
                        PORT,
                        "0755",
                        "error: v: '0755' is not a plain decimal number (YAML 1.1 reads it as octal, hex or with separators) [P114]\n  hint: write the decimal number without leading zeros, underscores or 0x"),
                Arguments.of(CIDR, "10.0.0.0/8", "10.0.0.0/8"),
                Arguments.of(CIDR, "FD00::/8", "fd00::/8"),
                Arguments.of(
                        CIDR,
                        "10.0.0.1",
                        "error: v: '10.0.0.1' has no prefix length [P107]\n  hint: did you mean 10.0.0.1/32?"),
                Arguments.of(
                        CIDR,
                        "10.0.0.0/33",
                        "error: v: '10.0.0.0/33' is not a valid CIDR [P107]\n  hint: write a network such as 10.0.0.0/24 or fd00::/64"),
                Arguments.of(IP, "10.0.0.1", "10.0.0.1"),
                Arguments.of(IP, "fd00::1", "fd00::1"),
                Arguments.of(
                        IP,
                        "10.0.0.0/8",
                        "error: v: '10.0.0.0/8' is a network, not an IP address [P107]\n  hint: write the address alone, e.g. 10.0.0.0"),
                Arguments.of(
                        IP,
                        "010.0.0.1",
                        "error: v: '010.0.0.1' is not a valid IP address [P107]\n  hint: write an address such as 10.0.0.1 or fd00::1"),
                Arguments.of(SELECTOR, "role=='web'", "role == \"web\""),
                Arguments.of(
                        SELECTOR,
                        "role = 'web'",
                        "error: v: invalid selector: expected '==' at position 5, found '=' [P107]\n  hint: role = 'web'\n  hint:      ^"),
                Arguments.of(ENUM, "vxlan", "vxlan"),
                Arguments.of(ENUM, "vxlna", "error: v: 'vxlna' is not allowed [P107]\n  hint: did you mean 'vxlan'?"),
                Arguments.of(new ParamType.ListOf(CIDR), "[10.0.0.0/8, fd00::/8]", "10.0.0.0/8, fd00::/8"),
                Arguments.of(
                        new ParamType.ListOf(CIDR),
                        "10.0.0.0/8",
                        "error: v: expected a list of cidr values, got a string [P105]\n  hint: for a single item write [10.0.0.0/8]"),
                Arguments.of(new ParamType.ListOf(PORT), "[22, '8000:8080']", "22, 8000:8080"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void bindsOrExplains(ParamType type, String yaml, String expected) throws Exception {
        Diagnostics diags = new Diagnostics();
        YMap doc = (YMap) new StrictYamlReader().readSingle("v: " + yaml + "\n", "t.yaml");
        ParamValue v = new ParamBinder(diags).bind(doc.get("v").orElseThrow(), type, "v");
        String got = v != null
                ? v.display()
                : diags.all().stream()
                        .map(DiagnosticPrinter::format)
                        .map(s -> s.replaceFirst("^t\\.yaml:\\d+:\\d+: ", ""))
                        .collect(Collectors.joining("\n"));
        assertEquals(expected, got, type.spelling() + " " + yaml);
    }
}
