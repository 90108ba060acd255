package dev.polcat.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code polcat declares, produced by a real catalog mistake and pinned with its exact text. A code
 * that no input can produce is a promise to users (who grep for it) that nothing keeps; a new code
 * without a case here fails {@link #everyDeclaredCodeHasACase}.
 */
class EveryDiagnosticCodeTest {
    private static final String PROFILE = "profiles/dev.yaml";
    private static final String TEMPLATE = "templates/policies/ssh.yaml.ftl";
    private static final String DOC = "templates/policies/ssh.md";

    /** One mistake: the fixture it starts from, the files it changes, and everything polcat then prints. */
    private record Case(
            DiagnosticCode code, String fixture, Map<String, UnaryOperator<String>> edits, String expected) {}

    private static Case minimal(DiagnosticCode code, String file, UnaryOperator<String> edit, String expected) {
        return new Case(code, "minimal", Map.of(file, edit), expected);
    }

    private static UnaryOperator<String> replace(String from, String to) {
        return s -> {
            if (!s.contains(from)) throw new IllegalArgumentException("fixture has no '" + from + "'");
            return s.replace(from, to);
        };
    }

    private static UnaryOperator<String> content(String text) {
        return s -> text;
    }

    private static final String ROOT_TEMPLATE = """
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkPolicy
            metadata:
              name: ssh
            spec:
              order: 10
              selector: ${selector}
              ingress:
                - action: Allow
                  metadata: {annotations: {polcat.dev/rule: ssh-in}}
                  protocol: TCP
                  source: {nets: ${pc.flow(sshCidrs)}}
                  destination: {ports: [${sshPort}]}
            """;

    static final Map<DiagnosticCode, Case> CASES = cases();

    private static Map<DiagnosticCode, Case> cases() {
        Map<DiagnosticCode, Case> m = new LinkedHashMap<>();
        for (Case c : Stream.of(
                        minimal(
                                DiagnosticCode.P100_UNREADABLE_INPUT,
                                "templates/policies/web.md",
                                content("---\ntitle: Web\n---\n"),
                                """
                        templates/policies/web.md: error: policy doc without a template [P100]
                          hint: add templates/policies/web.yaml.ftl"""),
                        minimal(
                                DiagnosticCode.P101_YAML_SYNTAX,
                                PROFILE,
                                replace("[10.0.0.0/24]", "[10.0.0.0/24"),
                                """
                        profiles/dev.yaml:4:10: error: invalid YAML: while parsing a flow sequence (started at line 3): expected ',' or ']', but got : [P101]"""),
                        minimal(
                                DiagnosticCode.P102_DUPLICATE_KEY,
                                PROFILE,
                                replace("sshPort: 22", "sshPort: 22\n  sshPort: 2222"),
                                """
                        profiles/dev.yaml:5:3: error: duplicate key 'sshPort' (first defined at line 4) [P102]
                          hint: remove one of them; YAML readers disagree on which one wins"""),
                        minimal(DiagnosticCode.P103_YAML_FEATURE, PROFILE, s -> s + "---\ntitle: Second\n", """
                        profiles/dev.yaml:6:1: error: a second YAML document ('---') is not allowed here [P103]
                          hint: keep one document per file"""),
                        minimal(DiagnosticCode.P104_UNKNOWN_KEY, PROFILE, replace("title: Dev", "titel: Dev"), """
                        profiles/dev.yaml:1:1: error: unknown key 'titel' [P104]
                          hint: did you mean 'title'?"""),
                        minimal(DiagnosticCode.P105_WRONG_TYPE, PROFILE, replace("[10.0.0.0/24]", "10.0.0.0/24"), """
                        profiles/dev.yaml:3:13: error: values.sshCidrs: expected a list of cidr values, got a string [P105]
                          hint: for a single item write [10.0.0.0/24]"""),
                        minimal(
                                DiagnosticCode.P106_MISSING_VALUE,
                                PROFILE,
                                replace("  sshCidrs: [10.0.0.0/24]\n", ""),
                                """
                        profiles/dev.yaml:2:1: error: missing required parameter 'sshCidrs' (cidr[]) for policy 'ssh' [P106] (env dev, policy ssh)
                          hint: set values.sshCidrs in profiles/dev.yaml, or disable the policy with policies.ssh.enabled: false"""),
                        minimal(DiagnosticCode.P107_INVALID_VALUE, PROFILE, replace("10.0.0.0/24", "10.0.0.1/24"), """
                        profiles/dev.yaml:3:14: error: values.sshCidrs[0]: '10.0.0.1/24' has host bits set, so Calico would reject it [P107]
                          hint: did you mean 10.0.0.0/24 (the network) or 10.0.0.1/32 (the host)?"""),
                        new Case(
                                DiagnosticCode.P108_EXTENDS_CYCLE,
                                "minimal",
                                Map.of(PROFILE, s -> "extends: dev\n" + s),
                                """
                        profiles/dev.yaml:1:10: error: extends cycle: dev -> dev [P108]
                          hint: a profile cannot extend itself, directly or through others; remove one 'extends'"""),
                        minimal(DiagnosticCode.P109_UNKNOWN_PARENT, PROFILE, s -> "extends: base\n" + s, """
                        profiles/dev.yaml:1:10: error: extends unknown profile 'base' [P109]
                          hint: expected one of: dev"""),
                        new Case(
                                DiagnosticCode.P110_BAD_NAME,
                                "minimal",
                                Map.of(
                                        "templates/policies/SSH_Admin.yaml.ftl", content(ROOT_TEMPLATE),
                                        "templates/policies/SSH_Admin.md", content("---\ntitle: Admin\n---\n")),
                                """
                        templates/policies/SSH_Admin.yaml.ftl: error: policy name 'SSH_Admin' is not a valid Calico name [P110]
                          hint: use lowercase letters, digits and '-', at most 63 characters"""),
                        minimal(DiagnosticCode.P111_FRONT_MATTER, DOC, replace("title: SSH\n", ""), """
                        templates/policies/ssh.md:1:1: error: front matter needs a 'title' [P111]
                          hint: add a line such as 'title: SSH from the admin networks' between the --- lines"""),
                        minimal(
                                DiagnosticCode.P112_PARAM_DECLARATION,
                                DOC,
                                replace("type: port", "type: portnumber"),
                                """
                        templates/policies/ssh.md:11:11: error: parameter 'sshPort': unknown type 'portnumber' [P112]
                          hint: types: string, bool, int, port, cidr, ip, selector, enum, record; add [] for a list (cidr[], record[])"""),
                        minimal(
                                DiagnosticCode.P113_UNKNOWN_POLICY,
                                PROFILE,
                                s -> s + "policies:\n  shh: {enabled: false}\n",
                                """
                        profiles/dev.yaml:6:3: error: unknown policy 'shh' in policies [P113]
                          hint: did you mean 'ssh'?"""),
                        minimal(
                                DiagnosticCode.P114_AMBIGUOUS_SCALAR,
                                PROFILE,
                                replace("sshPort: 22", "sshPort: 0022"),
                                """
                        profiles/dev.yaml:4:12: error: values.sshPort: '0022' is not a plain decimal number (YAML 1.1 reads it as octal, hex or with separators) [P114]
                          hint: write the decimal number without leading zeros, underscores or 0x"""),
                        minimal(
                                DiagnosticCode.P115_LIMIT,
                                PROFILE,
                                s -> s + "x: " + "[".repeat(70) + "]".repeat(70) + "\n",
                                """
                        profiles/dev.yaml:5:67: error: nesting deeper than 64 levels [P115]
                          hint: YAML files here are small and flat; nothing legitimate comes near these limits"""),
                        minimal(
                                DiagnosticCode.P116_LAYOUT_OVERRIDES_IGNORED,
                                "templates/layouts/page.ftlh",
                                content("<html></html>\n"),
                                """
                        templates/layouts/: warning: the catalog's layout overrides are not used: layouts write the site's HTML, so they are trusted code [P116]
                          hint: build with --trust-layouts once they are reviewed (not in pull-request builds)"""),
                        minimal(DiagnosticCode.P201_TEMPLATE_SYNTAX, TEMPLATE, replace("${sshPort}", "${sshPort"), """
                        templates/policies/ssh.yaml.ftl:13:38: error: template syntax error: You can't have an "]" here, as there's nothing open that it could close. [P201] (env dev, policy ssh)"""),
                        minimal(DiagnosticCode.P202_TEMPLATE_ERROR, TEMPLATE, replace("${sshPort}", "${sshPrt}"), """
                        templates/policies/ssh.yaml.ftl:13:31: error: 'sshPrt' is not declared in templates/policies/ssh.md; add it under parameters: [P202] (env dev, policy ssh)
                          hint: did you mean 'sshPort'?"""),
                        minimal(
                                DiagnosticCode.P203_TEMPLATE_LIMIT,
                                TEMPLATE,
                                s -> s + "# ${\"x\"?left_pad(5000000)}\n",
                                """
                        templates/policies/ssh.yaml.ftl:14:3: error: rendered output is larger than 4 MiB and was stopped [P203] (env dev, policy ssh)
                          hint: a policy this large is almost certainly a runaway loop; the limit is set with --max-output"""),
                        minimal(
                                DiagnosticCode.P204_TEMPLATE_FORBIDDEN,
                                TEMPLATE,
                                s -> "<#assign x = \"freemarker.template.utility.Execute\"?new()>\n" + s,
                                """
                        templates/policies/ssh.yaml.ftl:1:1: error: Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons. [P204] (env dev, policy ssh)
                          hint: templates cannot create Java objects, reach Java APIs or read files outside templates/"""),
                        minimal(
                                DiagnosticCode.P205_RENDERED_YAML,
                                TEMPLATE,
                                replace("  order: 10\n", "  order: 10\n  order: 20\n"),
                                """
                        templates/policies/ssh.yaml.ftl:7:3: error: rendered YAML is invalid: duplicate key 'order' (first defined at line 6) [P205] (env dev, policy ssh)
                              order: 20
                              ^
                          hint: remove one of them; YAML readers disagree on which one wins
                          rendered/dev/ssh.yaml:7:3 as rendered; see: polcat render --raw --env dev ssh"""),
                        minimal(
                                DiagnosticCode.P301_CALICO_INVALID,
                                TEMPLATE,
                                replace("protocol: TCP", "protocol: tcp"),
                                """
                        templates/policies/ssh.yaml.ftl:11:17: error: spec.ingress[0].protocol: protocol 'tcp' is not valid; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255 [P301] (env dev, policy ssh)
                                  protocol: tcp
                                            ^
                          hint: names are case-sensitive: did you mean 'TCP'?
                          rendered/dev/ssh.yaml:11:17 as rendered; see: polcat render --raw --env dev ssh"""),
                        minimal(DiagnosticCode.P302_UNKNOWN_FIELD, TEMPLATE, replace("  ingress:", "  ingres:"), """
                        templates/policies/ssh.yaml.ftl:8:3: error: spec.ingres: unknown field 'ingres' [P302] (env dev, policy ssh)
                              ingres:
                              ^
                          hint: did you mean 'ingress'?
                          rendered/dev/ssh.yaml:8:3 as rendered; see: polcat render --raw --env dev ssh"""),
                        minimal(
                                DiagnosticCode.P303_PLACEHOLDER,
                                TEMPLATE,
                                replace("${pc.flow(sshCidrs)}", "[\"<admin CIDR>\"]"),
                                """
                        templates/policies/ssh.yaml.ftl:12:23: error: spec.ingress[0].source.nets[0]: placeholder '<admin CIDR>' left in the policy [P303] (env dev, policy ssh)
                                  source: {nets: ["<admin CIDR>"]}
                                                  ^
                          hint: set the value in the environment profile (or the template's defaults) and render again
                          rendered/dev/ssh.yaml:12:23 as rendered; see: polcat render --raw --env dev ssh"""),
                        minimal(DiagnosticCode.P304_RESOURCE_SHAPE, TEMPLATE, content("# nothing yet\n"), """
                        templates/policies/ssh.yaml.ftl: error: the template rendered no resources [P304] (env dev, policy ssh)
                          hint: disable the policy for this environment (policies.ssh.enabled: false) instead"""),
                        minimal(DiagnosticCode.P306_DUPLICATE_RESOURCE, TEMPLATE, s -> s + "---\n" + s, """
                        templates/policies/ssh.yaml.ftl:18:9: error: GlobalNetworkPolicy/ssh is rendered twice by this template [P306] (env dev, policy ssh)
                              name: ssh
                                    ^
                          hint: give each resource a unique name
                          rendered/dev/ssh.yaml:18:9 as rendered; see: polcat render --raw --env dev ssh"""),
                        minimal(
                                DiagnosticCode.P307_NOT_A_POLICY_KIND,
                                TEMPLATE,
                                s -> s + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
                                """
                        templates/policies/ssh.yaml.ftl:15:1: error: the template rendered Deployment 'web' (apps/v1), which is not a policy kind [P307] (env dev, policy ssh)
                            apiVersion: apps/v1
                            ^
                          hint: a catalog template renders Calico resources or Kubernetes NetworkPolicies; apply other objects with kubectl
                          rendered/dev/ssh.yaml:15:1 as rendered; see: polcat render --raw --env dev ssh"""),
                        minimal(DiagnosticCode.P401_LINT, PROFILE, replace("[10.0.0.0/24]", "[0.0.0.0/0]"), """
                        templates/policies/ssh.yaml.ftl:9:7: warning: sensitive-port-open: spec.ingress[0] (ssh-in) allows TCP 22 (SSH) from anywhere [P401] (env dev, policy ssh)
                                - action: Allow
                                  ^
                          hint: restrict source.nets (or source.selector) to the networks that need it
                          rendered/dev/ssh.yaml:9:7 as rendered; see: polcat render --raw --env dev ssh"""),
                        new Case(
                                DiagnosticCode.P501_EXPECTATION_FAILED,
                                "guarded",
                                Map.of(
                                        "profiles/prod.yaml",
                                        replace(
                                                "  - deny: tcp/22\n    from: anywhere",
                                                "  - allow: tcp/22\n    from: anywhere")),
                                """
                        profiles/prod.yaml:21:5: error: expected allow tcp/22 from anywhere to cp-1, but ingress tcp/22 from 0.0.0.0/0 to cp-1 is denied [P501] (env prod)
                          hint: denied: no rule of policy base matched; end of tier default → deny
                          hint: full trail: polcat why --env prod 0.0.0.0/0 cp-1 tcp/22"""),
                        new Case(
                                DiagnosticCode.P502_LOCKOUT,
                                "guarded",
                                Map.of("profiles/prod.yaml", replace("mgmt: [10.1.0.0/24]", "mgmt: [10.1.1.0/24]")),
                                """
                        profiles/prod.yaml:11:16: error: lockout: cp-1, worker-1 would lose management SSH from 10.1.0.0/24 (guard.management): ingress tcp/22 from 10.1.0.0/24 to cp-1 is denied with failsafe ports off [P502] (env prod)
                          hint: denied: no rule of policy base matched; end of tier default → deny
                          hint: full trail: polcat why --env prod 10.1.0.0/24 cp-1 tcp/22 --failsafe off
                        profiles/prod.yaml:17:5: error: expected allow tcp/22 from 10.1.0.0/24 to hosts(has(role)) (operators SSH in), but ingress tcp/22 from 10.1.0.0/24 to cp-1 is denied (also for worker-1) [P501] (env prod)
                          hint: denied: no rule of policy base matched; end of tier default → deny
                          hint: full trail: polcat why --env prod 10.1.0.0/24 cp-1 tcp/22"""))
                .toList()) {
            if (m.put(c.code(), c) != null) throw new IllegalStateException("two cases for " + c.code());
        }
        return m;
    }

    static Stream<Arguments> table() {
        return CASES.values().stream().map(c -> Arguments.of(c.code().id(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachCodeIsEmittedWithItsExactText(String id, Case c, @TempDir Path dir) {
        TestCatalog cat = TestCatalog.copyOf(TestCatalog.fixture(c.fixture()), dir);
        c.edits().forEach((file, edit) -> {
            Path p = cat.root().resolve(file);
            cat.with(file, edit.apply(p.toFile().exists() ? TestCatalog.read(p) : ""));
        });
        assertEquals(c.expected(), cat.diagnostics(), id);
        assertTrue(c.expected().contains("[" + id + "]"), "the pinned text must show the code it is the case for");
    }

    @Test
    void theReadmeTableListsEveryCode() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        assertEquals(
                "",
                EnumSet.allOf(DiagnosticCode.class).stream()
                        .map(DiagnosticCode::id)
                        .filter(id -> !readme.contains("| `" + id + "`") && !readme.contains("/ `" + id + "`"))
                        .collect(Collectors.joining(", ")),
                "codes missing from the README's table of error codes");
    }

    /**
     * Codes that no catalog produces, pinned with their exact text by the test of the input they are about
     * (a flow log is read by {@code impact} and {@code diff --flows}, not by a build).
     */
    private static final Map<DiagnosticCode, Path> PINNED_ELSEWHERE =
            Map.of(DiagnosticCode.P117_FLOW_LOG, Path.of("src/test/java/dev/polcat/load/flows/FlowLogReaderTest.java"));

    @Test
    void codesOutsideTheCatalogArePinnedByTheirOwnTests() throws java.io.IOException {
        for (var e : PINNED_ELSEWHERE.entrySet()) {
            String test = java.nio.file.Files.readString(e.getValue());
            assertTrue(
                    test.contains("[" + e.getKey().id() + "]\""),
                    e.getValue() + " pins " + e.getKey().id());
        }
    }

    @Test
    void everyDeclaredCodeHasACase() {
        Set<DiagnosticCode> missing = EnumSet.allOf(DiagnosticCode.class);
        missing.removeAll(CASES.keySet());
        missing.removeAll(PINNED_ELSEWHERE.keySet());
        assertEquals(
                "",
                missing.stream().map(DiagnosticCode::id).collect(Collectors.joining(", ")),
                "codes that no test input here produces");
    }
}
