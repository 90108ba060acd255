package dev.polcat.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.diag.Diagnostic;
import dev.polcat.diag.Diagnostics;
import dev.polcat.load.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each mistake a schema can express, made once in a copy of the example catalog: polcat rejects it, and
 * so does the schema, at the same place. The editor and the build never disagree about these.
 */
class SchemaMistakesTest {
    private static final SchemaValidation SCHEMAS = new SchemaValidation(SchemaValidation.EXAMPLE);
    private static final String PROD = "profiles/prod.yaml";
    private static final String FAILSAFE_DOC = "templates/policies/failsafe.md";

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // file, text to change, changed text, the schema's complaint (keyword at JSON pointer)
                Arguments.of("unknown key", PROD, "title: Production", "titel: Production", "additionalProperties at "),
                Arguments.of(
                        "misspelt parameter name under values",
                        PROD,
                        "  monitoringCidrs:",
                        "  monitoringCidr:",
                        "additionalProperties at /values"),
                Arguments.of(
                        "wrong type", PROD, "bgpNodeMesh: false", "bgpNodeMesh: \"no\"", "type at /values/bgpNodeMesh"),
                Arguments.of(
                        "bad enum value",
                        PROD,
                        "encapsulation: [wireguard]",
                        "encapsulation: [wireguards]",
                        "enum at /values/encapsulation/0"),
                Arguments.of(
                        "malformed CIDR",
                        PROD,
                        "nodeCidrs: [10.30.1.0/24]",
                        "nodeCidrs: [10.30.1/24]",
                        "pattern at /values/nodeCidrs/0"),
                Arguments.of(
                        "address where a CIDR belongs",
                        PROD,
                        "nodeCidrs: [10.30.1.0/24]",
                        "nodeCidrs: [10.30.1.0]",
                        "pattern at /values/nodeCidrs/0"),
                Arguments.of(
                        "unknown record field",
                        PROD,
                        "    - ip: 10.30.1.11\n      ports:",
                        "    - ip: 10.30.1.11\n      port:",
                        "additionalProperties at /values/etcdServers/0"),
                Arguments.of(
                        "port out of range",
                        PROD,
                        "ports: [2379, 2381]",
                        "ports: [2379, 70000]",
                        "maximum at /values/etcdServers/2/ports/1"),
                Arguments.of(
                        "unknown policy name",
                        PROD,
                        "hosts:\n",
                        "policies:\n  failsafee: {enabled: false}\nhosts:\n",
                        "additionalProperties at /policies"),
                Arguments.of(
                        "unknown key in policies.NAME",
                        PROD,
                        "hosts:\n",
                        "policies:\n  failsafe: {enable: false}\nhosts:\n",
                        "additionalProperties at /policies/failsafe"),
                Arguments.of(
                        "enabled that is not a boolean",
                        PROD,
                        "hosts:\n",
                        "policies:\n  failsafe: {enabled: \"off\"}\nhosts:\n",
                        "type at /policies/failsafe/enabled"),
                Arguments.of(
                        "another policy's parameter under policies.NAME.values",
                        PROD,
                        "hosts:\n",
                        "policies:\n  failsafe: {values: {typhaPort: 5473}}\nhosts:\n",
                        "additionalProperties at /policies/failsafe/values"),
                Arguments.of(
                        "unknown host key",
                        PROD,
                        "  - name: prod-cp-1\n    interface:",
                        "  - name: prod-cp-1\n    interfaces:",
                        "additionalProperties at /hosts/0"),
                Arguments.of(
                        "host address with a prefix",
                        PROD,
                        "ips: [10.30.1.21]",
                        "ips: [10.30.1.21/32]",
                        "pattern at /hosts/0/ips/0"),
                Arguments.of(
                        "host name in capitals",
                        PROD,
                        "name: prod-cp-1",
                        "name: Prod-cp-1",
                        "pattern at /hosts/0/name"),
                Arguments.of(
                        "datastore guard without a port",
                        PROD,
                        "datastore: [10.30.1.11:2379,",
                        "datastore: [10.30.1.11,",
                        "pattern at /guard/datastore/0"),
                Arguments.of(
                        "unknown guard role",
                        PROD,
                        "  bgp: [10.30.1.1",
                        "  bgpPeers: [10.30.1.1",
                        "additionalProperties at /guard"),
                Arguments.of(
                        "unknown failsafe key",
                        PROD,
                        "  inbound: none",
                        "  inbund: none",
                        "additionalProperties at /failsafe"),
                Arguments.of(
                        "flow with both allow and deny",
                        PROD,
                        "  - allow: tcp/22\n    from: 10.30.0.0/24",
                        "  - allow: tcp/22\n    deny: tcp/22\n    from: 10.30.0.0/24",
                        "oneOf at /expect/0"),
                Arguments.of(
                        "flow with a malformed service",
                        PROD,
                        "  - allow: tcp/22\n    from: 10.30.0.0/24",
                        "  - allow: tcp:22\n    from: 10.30.0.0/24",
                        "pattern at /expect/0/allow"),
                Arguments.of(
                        "unknown flow key",
                        PROD,
                        "    reason: operators SSH from the office",
                        "    why: operators SSH from the office",
                        "additionalProperties at /expect/0"),
                Arguments.of("parent name in capitals", PROD, "extends: base", "extends: Base", "pattern at /extends"),
                Arguments.of(
                        "unknown front matter key",
                        FAILSAFE_DOC,
                        "\nsummary:",
                        "\nsummery:",
                        "additionalProperties at "),
                Arguments.of(
                        "unknown parameter type",
                        FAILSAFE_DOC,
                        "    type: cidr[]",
                        "    type: cidrs[]",
                        "enum at /parameters/managementCidrs/type"),
                Arguments.of(
                        "unknown declaration key",
                        FAILSAFE_DOC,
                        "    required: true\n    guard: management",
                        "    requird: true\n    guard: management",
                        "additionalProperties at /parameters/managementCidrs"),
                Arguments.of(
                        "unknown guard role of a parameter",
                        FAILSAFE_DOC,
                        "guard: management",
                        "guard: mgmt",
                        "enum at /parameters/managementCidrs/guard"),
                Arguments.of(
                        "enum without values",
                        FAILSAFE_DOC,
                        "    type: cidr[]\n    required: true\n    guard: management",
                        "    type: enum\n    required: true",
                        "required at /parameters/managementCidrs"),
                Arguments.of(
                        "record without fields",
                        FAILSAFE_DOC,
                        "  nodeCidrs:\n    type: cidr[]",
                        "  nodeCidrs:\n    type: record[]",
                        "required at /parameters/nodeCidrs"),
                Arguments.of(
                        "reserved parameter name",
                        FAILSAFE_DOC,
                        "  nodeCidrs:",
                        "  env:",
                        "propertyNames at /parameters"),
                Arguments.of("unknown catalog setting", "polcat.yaml", "title:", "titel:", "additionalProperties at "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void polcatAndTheSchemaBothRejectIt(
            String what, String file, String from, String to, String complaint, @TempDir Path dir) throws IOException {
        copyInputs(dir);
        String original = Files.readString(dir.resolve(file));
        assertTrue(original.contains(from), "the fixture holds '" + from + "'");
        String broken = original.replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        Files.writeString(dir.resolve(file), broken);

        Diagnostics diags = new Diagnostics();
        new CatalogLoader().load(dir, diags);
        String polcat = diags.all().stream()
                .filter(d -> d.severity() == dev.polcat.diag.Severity.ERROR)
                .map(Diagnostic::toString)
                .collect(Collectors.joining("\n"));
        assertNotEquals("", polcat, "polcat accepts the mistake: " + what);
        assertTrue(diags.all().stream().anyMatch(d -> d.pos().file().equals(file)), polcat);

        String schemaName = file.equals(PROD)
                ? EditorSchemas.PROFILE
                : file.equals("polcat.yaml") ? EditorSchemas.CATALOG_FILE : EditorSchemas.POLICY_DOC;
        String yaml = file.endsWith(".md") ? SchemaValidation.frontMatter(broken) : broken;
        String errors = SCHEMAS.errors(schemaName, yaml);
        assertTrue(
                errors.lines().anyMatch(l -> l.startsWith(complaint + ": ")),
                "expected '" + complaint + "' in:\n" + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void theUnbrokenFileValidates(String what, String file, String from, String to, String complaint) {
        String text = SchemaValidation.read(Path.of(file));
        String schemaName = file.equals(PROD)
                ? EditorSchemas.PROFILE
                : file.equals("polcat.yaml") ? EditorSchemas.CATALOG_FILE : EditorSchemas.POLICY_DOC;
        assertEquals("", SCHEMAS.errors(schemaName, file.endsWith(".md") ? SchemaValidation.frontMatter(text) : text));
    }

    private static void copyInputs(Path dir) throws IOException {
        for (String top : new String[] {"profiles", "templates", "polcat.yaml"}) {
            Path source = Path.of(top);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path target = dir.resolve(f.toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }
}
