package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polcat.testing.TestCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The mistakes a new author makes adding a policy to the example catalog, each exactly as printed:
 * one message, at the author's own line, naming every environment once, with a hint that fixes it.
 * The policy added is node-exporter; each case changes one line of it (or of the profiles).
 */
class AuthorMistakesTest {
    private static final String DOC = """
            ---
            title: Node exporter
            summary: Prometheus scrapes node-exporter on every host.
            parameters:
              hostSelector:
                type: selector
                default: endpoint_type == "management"
                description: The host endpoints.
              monitoringCidrs:
                type: cidr[]
                required: true
                description: Where Prometheus scrapes from.
            ---
            Body.
            """;
    private static final String TEMPLATE = """
            <#import "/lib/catalog.ftl" as lib>
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata:
              name: node-exporter
            spec:
              order: 450
              selector: ${hostSelector}
              types: [Ingress]
              ingress:
                - action: Allow
                  metadata: {annotations: {polcat.dev/rule: node-exporter-in}}
                  protocol: TCP
                  source: {nets: ${pc.flow(pc.v4(monitoringCidrs))}}
                  destination: {ports: [9100]}
            """;
    private static final String ALL = "env dev, prod, prod-v6, staging; policy node-exporter";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("port with /tcp", "ports: [9100]", "ports: [\"9100/tcp\"]", """
                        templates/policies/node-exporter.yaml.ftl:15:29: error: spec.ingress[0].destination.ports[0]: invalid port '9100/tcp' [P302] (ALL)
                                  destination: {ports: ["9100/tcp"]}
                                                        ^
                          hint: drop '/tcp': write 9100; the rule's protocol: field says TCP or UDP
                          rendered/dev/node-exporter.yaml:14:29 as rendered; see: polcat render --raw --env dev node-exporter"""),
                Arguments.of(
                        "bad selector written in the template",
                        "{ports: [9100]}",
                        "{selector: role == \"x, ports: [9100]}",
                        """
                        templates/policies/node-exporter.yaml.ftl:15:31: error: spec.ingress[0].destination.selector: invalid selector 'role == "x': expected a closing " for this string at position 8, found the end of the selector [P301] (ALL)
                                  destination: {selector: role == "x, ports: [9100]}
                                                          ^
                          hint: role == "x
                          hint:         ^
                          hint: selectors look like: app == "web" && role in {"a", "b"} && has(tier)
                          rendered/dev/node-exporter.yaml:14:31 as rendered; see: polcat render --raw --env dev node-exporter"""),
                Arguments.of("misspelt name in pc.flow", "pc.v4(monitoringCidrs)", "monitoringCidrz", """
                        templates/policies/node-exporter.yaml.ftl:14:32: error: 'monitoringCidrz' is not declared in templates/policies/node-exporter.md; add it under parameters: [P202] (ALL)
                          hint: did you mean 'monitoringCidrs'?"""),
                Arguments.of("misspelt name in pc.v4", "pc.v4(monitoringCidrs)", "pc.v4(monitoringCidrz)", """
                        templates/policies/node-exporter.yaml.ftl:14:38: error: 'monitoringCidrz' is not declared in templates/policies/node-exporter.md; add it under parameters: [P202] (ALL)
                          hint: did you mean 'monitoringCidrs'?"""),
                Arguments.of(
                        "misspelt macro argument",
                        "selector: ${hostSelector}",
                        "selector: ${lib.both(hostSelector, hostSelectr)}",
                        """
                        templates/policies/node-exporter.yaml.ftl:8:38: error: 'hostSelectr' is not declared in templates/policies/node-exporter.md; add it under parameters: [P202] (ALL)
                          hint: did you mean 'hostSelector'?"""),
                Arguments.of(
                        "bad selector through a library function",
                        "selector: ${hostSelector}",
                        "selector: ${lib.both(hostSelector, 'role == \"x')}",
                        """
                        templates/policies/node-exporter.yaml.ftl:8:13: error: pc.selector: invalid selector: expected a closing " for this string at position 44, found the end of the selector [P202] (ALL)
                          hint: (endpoint_type == "management") && (role == "x)
                          hint:                                             ^
                          in templates/lib/catalog.ftl:10:3, called from here"""),
                Arguments.of(
                        "a list printed with ${...}", "${pc.flow(pc.v4(monitoringCidrs))}", "${monitoringCidrs}", """
                        templates/policies/node-exporter.yaml.ftl:14:24: error: parameter 'monitoringCidrs' is cidr[], a list; ${...} prints one value [P202] (ALL)
                          hint: use ${pc.flow(monitoringCidrs)} for a YAML list, or <#list monitoringCidrs as x>...</#list>"""),
                Arguments.of(
                        "a name the profiles set but the doc does not declare",
                        "pc.v4(monitoringCidrs)",
                        "pc.v4(monitoringNets)",
                        """
                        templates/policies/node-exporter.yaml.ftl:14:38: error: 'monitoringNets' is not declared in templates/policies/node-exporter.md; add it under parameters: [P202] (ALL)
                          hint: monitoringNets: {type: cidr[], description: ...}  (the type of its value at profiles/dev.yaml:6:3)"""));
    }

    @org.junit.jupiter.api.Test
    void reportsAnOrderClashOnceForEveryEnvironment() throws IOException {
        TestCatalog.copyOf(Path.of("templates"), dir.resolve("templates"));
        TestCatalog.copyOf(Path.of("profiles"), dir.resolve("profiles"));
        Files.writeString(dir.resolve("templates/policies/node-exporter.md"), DOC);
        Files.writeString(
                dir.resolve("templates/policies/node-exporter.yaml.ftl"), TEMPLATE.replace("order: 450", "order: 400"));
        StringWriter err = new StringWriter();
        CommandLine cl = PolcatCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("validate", "-C", dir.toString(), "--no-ci-annotations");
        assertEquals("""
                templates/policies/node-exporter.yaml.ftl:7:10: warning: same-order-overlap: same order 400 as policy calico-components, and both select the same hosts; by name, calico-components is evaluated first [P401] (env dev, prod, prod-v6, staging; policy node-exporter)
                      order: 400
                             ^
                  hint: give the two policies different orders
                  rendered/dev/node-exporter.yaml:6:10 as rendered; see: polcat render --raw --env dev node-exporter""", err.toString().strip());
        assertEquals(0, exit);
    }

    @org.junit.jupiter.api.Test
    void listsTheEnvironmentsOnceInJsonAndAnnotations() throws IOException {
        TestCatalog.copyOf(Path.of("templates"), dir.resolve("templates"));
        TestCatalog.copyOf(Path.of("profiles"), dir.resolve("profiles"));
        Files.writeString(dir.resolve("templates/policies/node-exporter.md"), DOC);
        Files.writeString(
                dir.resolve("templates/policies/node-exporter.yaml.ftl"),
                TEMPLATE.replace("ports: [9100]", "ports: [\"9100/tcp\"]"));
        StringWriter out = new StringWriter();
        CommandLine cl = PolcatCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(1, cl.execute("validate", "-C", dir.toString(), "--format", "json"));
        assertEquals("""
                {
                  "schemaVersion" : 1,
                  "valid" : false,
                  "diagnostics" : [ {
                    "severity" : "error",
                    "code" : "P302",
                    "file" : "templates/policies/node-exporter.yaml.ftl",
                    "line" : 15,
                    "column" : 29,
                    "environments" : [ "dev", "prod", "prod-v6", "staging" ],
                    "policy" : "node-exporter",
                    "path" : "spec.ingress[0].destination.ports[0]",
                    "message" : "invalid port '9100/tcp'",
                    "hint" : "drop '/tcp': write 9100; the rule's protocol: field says TCP or UDP",
                    "context" : "rendered/dev/node-exporter.yaml:14:29 as rendered; see: polcat render --raw --env dev node-exporter"
                  } ]
                }
                """, out.toString());
        StringWriter err = new StringWriter();
        CommandLine annotated = PolcatCommand.commandLine();
        annotated.setOut(new PrintWriter(new StringWriter(), true));
        annotated.setErr(new PrintWriter(err, true));
        assertEquals(1, annotated.execute("validate", "-C", dir.toString(), "--ci-annotations"));
        assertEquals(
                List.of(
                        "::error file=templates/policies/node-exporter.yaml.ftl,line=15,col=29,title=polcat P302::"
                                + "spec.ingress[0].destination.ports[0]: invalid port '9100/tcp' (env dev, prod, prod-v6, staging; "
                                + "policy node-exporter)%0Adrop '/tcp': write 9100; the rule's protocol: field says TCP or UDP"),
                err.toString().lines().filter(l -> l.startsWith("::")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEachMistakeOnceAtTheAuthorsLine(String name, String line, String mistake, String expected)
            throws IOException {
        TestCatalog.copyOf(Path.of("templates"), dir.resolve("templates"));
        TestCatalog.copyOf(Path.of("profiles"), dir.resolve("profiles"));
        Files.writeString(dir.resolve("templates/policies/node-exporter.md"), DOC);
        Files.writeString(dir.resolve("templates/policies/node-exporter.yaml.ftl"), TEMPLATE.replace(line, mistake));
        if (mistake.contains("monitoringNets")) {
            for (String env : List.of("dev", "prod", "prod-v6", "staging")) {
                Path profile = dir.resolve("profiles/" + env + ".yaml");
                Files.writeString(
                        profile,
                        Files.readString(profile)
                                .replace("\nvalues:\n", "\nvalues:\n  monitoringNets: [10.9.9.0/24]\n"));
            }
        }
        StringWriter err = new StringWriter();
        CommandLine cl = PolcatCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("validate", "-C", dir.toString(), "--no-ci-annotations");
        assertEquals(
                expected.replace("ALL", ALL).strip() + "\npolcat: 1 error, 0 warnings",
                err.toString().strip(),
                name);
        assertEquals(1, exit, name);
    }
}
