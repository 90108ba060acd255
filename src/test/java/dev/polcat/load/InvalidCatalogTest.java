package dev.polcat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.build.BuildResult;
import dev.polcat.testing.TestCatalog;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error a catalog author meets, exactly as printed: one broken thing in an otherwise valid
 * catalog, and the full diagnostic text (file, line, column, message, code, env/policy, hint).
 */
class InvalidCatalogTest {
    private static final String PROFILE = "profiles/dev.yaml";
    private static final String TEMPLATE = "templates/policies/ssh.yaml.ftl";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("undefined variable in template", TEMPLATE, sshTemplate("${sshPrt}"), """
                        templates/policies/ssh.yaml.ftl:13:19: error: 'sshPrt' is not declared in templates/policies/ssh.md; add it under parameters: [P202] (env dev, policy ssh)
                          hint: did you mean 'sshPort'?"""),
                Arguments.of("unknown profile key with suggestion", PROFILE, """
                        title: Dev
                        values:
                          sshCidr: [10.0.0.0/24]
                        """, """
                        profiles/dev.yaml:3:3: error: unknown parameter 'sshCidr' in values [P104]
                          hint: did you mean 'sshCidrs'?"""),
                Arguments.of("unknown top-level profile key", PROFILE, """
                        title: Dev
                        value:
                          sshCidrs: [10.0.0.0/24]
                        """, """
                        profiles/dev.yaml:1:1: error: missing required parameter 'sshCidrs' (cidr[]) for policy 'ssh' [P106] (env dev, policy ssh)
                          hint: set values.sshCidrs in profiles/dev.yaml, or disable the policy with policies.ssh.enabled: false
                        profiles/dev.yaml:2:1: error: unknown key 'value' [P104]
                          hint: did you mean 'values'?"""),
                Arguments.of("unknown policy in policies", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.0/24]
                        policies:
                          shh: {enabled: false}
                        """, """
                        profiles/dev.yaml:4:3: error: unknown policy 'shh' in policies [P113]
                          hint: did you mean 'ssh'?"""),
                Arguments.of("template that renders nothing", TEMPLATE, "<#-- nothing yet -->\n", """
                        templates/policies/ssh.yaml.ftl: error: the template rendered no resources [P304] (env dev, policy ssh)
                          hint: disable the policy for this environment (policies.ssh.enabled: false) instead"""),
                Arguments.of(
                        "the same resource twice",
                        TEMPLATE,
                        sshTemplate("${sshPort}") + "---\n" + sshTemplate("${sshPort}"),
                        """
                        templates/policies/ssh.yaml.ftl:18:9: error: GlobalNetworkPolicy/ssh is rendered twice by this template [P306] (env dev, policy ssh)
                              name: ssh
                                    ^
                          hint: give each resource a unique name
                          rendered/dev/ssh.yaml:18:9 as rendered; see: polcat render --raw --env dev ssh"""),
                Arguments.of("CIDR with host bits", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.0/24, 10.1.0.1/24]
                        """, """
                        profiles/dev.yaml:2:27: error: values.sshCidrs[1]: '10.1.0.1/24' has host bits set, so Calico would reject it [P107]
                          hint: did you mean 10.1.0.0/24 (the network) or 10.1.0.1/32 (the host)?"""),
                Arguments.of("not a CIDR", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.300/24]
                        """, """
                        profiles/dev.yaml:2:14: error: values.sshCidrs[0]: '10.0.0.300/24' is not a valid CIDR [P107]
                          hint: write a network such as 10.0.0.0/24 or fd00::/64"""),
                Arguments.of("port out of range", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.0/24]
                          sshPort: 70000
                        """, """
                        profiles/dev.yaml:3:12: error: values.sshPort: '70000' is not a valid port [P107]
                          hint: a port is a number from 1 to 65535, or a range "min:max" (quoted)"""),
                Arguments.of("octal-looking port", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.0/24]
                          sshPort: 0022
                        """, """
                        profiles/dev.yaml:3:12: error: values.sshPort: '0022' is not a plain decimal number (YAML 1.1 reads it as octal, hex or with separators) [P114]
                          hint: write the decimal number without leading zeros, underscores or 0x"""),
                Arguments.of("missing required value", PROFILE, """
                        title: Dev
                        values:
                          sshPort: 22
                        """, """
                        profiles/dev.yaml:2:1: error: missing required parameter 'sshCidrs' (cidr[]) for policy 'ssh' [P106] (env dev, policy ssh)
                          hint: set values.sshCidrs in profiles/dev.yaml, or disable the policy with policies.ssh.enabled: false"""),
                Arguments.of("wrong type for a list", PROFILE, """
                        values:
                          sshCidrs: 10.0.0.0/24
                        """, """
                        profiles/dev.yaml:2:13: error: values.sshCidrs: expected a list of cidr values, got a string [P105]
                          hint: for a single item write [10.0.0.0/24]"""),
                Arguments.of("extends cycle", "profiles/a.yaml", """
                        extends: dev
                        """, """
                        profiles/a.yaml:1:10: error: extends cycle: a -> dev -> a [P108]
                          hint: a profile cannot extend itself, directly or through others; remove one 'extends'
                        profiles/dev.yaml:1:10: error: extends cycle: dev -> a -> dev [P108]
                          hint: a profile cannot extend itself, directly or through others; remove one 'extends'"""),
                Arguments.of("unknown parent", PROFILE, """
                        extends: bse
                        values:
                          sshCidrs: [10.0.0.0/24]
                        """, """
                        profiles/dev.yaml:1:10: error: extends unknown profile 'bse' [P109]
                          hint: expected one of: dev"""),
                Arguments.of("malformed YAML", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.0/24
                        """, """
                        profiles/dev.yaml:3:1: error: invalid YAML: while parsing a flow sequence (started at line 2): expected ',' or ']', but got <stream end> [P101]"""),
                Arguments.of("duplicate key", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.0/24]
                          sshCidrs: [0.0.0.0/0]
                        """, """
                        profiles/dev.yaml:3:3: error: duplicate key 'sshCidrs' (first defined at line 2) [P102]
                          hint: remove one of them; YAML readers disagree on which one wins"""),
                Arguments.of(
                        "template renders a Kubernetes object that is not policy",
                        TEMPLATE,
                        sshTemplate("${sshPort}") + """
                                ---
                                apiVersion: apps/v1
                                kind: Deployment
                                metadata:
                                  name: web
                                """,
                        """
                        templates/policies/ssh.yaml.ftl:15:1: error: the template rendered Deployment 'web' (apps/v1), which is not a policy kind [P307] (env dev, policy ssh)
                            apiVersion: apps/v1
                            ^
                          hint: a catalog template renders Calico resources or Kubernetes NetworkPolicies; apply other objects with kubectl
                          rendered/dev/ssh.yaml:15:1 as rendered; see: polcat render --raw --env dev ssh"""),
                Arguments.of(
                        "?join over numbers",
                        TEMPLATE,
                        sshTemplate("${sshPort}") + "# ${[22, 2222]?join(\",\")}\n",
                        """
                        templates/policies/ssh.yaml.ftl:14:3: error: "?join" failed at index 0 with this error: a number in a YAML template prints as YAML, not as text [P202] (env dev, policy ssh)
                          hint: make text of the numbers first: ports?map(p -> p?c)?join(", ")"""),
                Arguments.of("template syntax error", TEMPLATE, sshTemplate("${sshPort"), """
                        templates/policies/ssh.yaml.ftl:13:26: error: template syntax error: You can't have an "]" here, as there's nothing open that it could close. [P201] (env dev, policy ssh)"""),
                Arguments.of(
                        "Calico rejects the rendered policy",
                        TEMPLATE,
                        sshTemplate("${sshPort}").replace("protocol: TCP", "protocol: tcp"),
                        """
                        templates/policies/ssh.yaml.ftl:10:17: error: spec.ingress[0].protocol: protocol 'tcp' is not valid; use TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite (case-sensitive) or a number 1-255 [P301] (env dev, policy ssh)
                                  protocol: tcp
                                            ^
                          hint: names are case-sensitive: did you mean 'TCP'?
                          rendered/dev/ssh.yaml:10:17 as rendered; see: polcat render --raw --env dev ssh"""),
                Arguments.of("host label key that Kubernetes rejects", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.0/24]
                        hosts:
                          - name: node1
                            ips: [10.0.0.1]
                            labels: {"Role!": web}
                        """, """
                        profiles/dev.yaml:6:14: error: hosts[0].labels: label key 'Role!' is not valid: the name part 'Role!' has characters or ends that are not allowed; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit [P107]
                          hint: e.g. role: web or app.example.com/tier: db"""),
                Arguments.of("host label value with a newline", PROFILE, """
                        values:
                          sshCidrs: [10.0.0.0/24]
                        hosts:
                          - name: node1
                            ips: [10.0.0.1]
                            labels: {role: "web\\n evil"}
                        """, """
                        profiles/dev.yaml:6:20: error: hosts[0].labels: label value 'web\\n evil' of 'role' is not valid: only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit; a label value is empty or at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit [P107]
                          hint: e.g. role: web"""),
                Arguments.of(
                        "placeholder left in the template",
                        TEMPLATE,
                        sshTemplate("${sshPort}").replace("${pc.flow(sshCidrs)}", "[\"<management CIDR>\"]"),
                        """
                        templates/policies/ssh.yaml.ftl:11:23: error: spec.ingress[0].source.nets[0]: placeholder '<management CIDR>' left in the policy [P303] (env dev, policy ssh)
                                  source: {nets: ["<management CIDR>"]}
                                                  ^
                          hint: set the value in the environment profile (or the template's defaults) and render again
                          rendered/dev/ssh.yaml:11:23 as rendered; see: polcat render --raw --env dev ssh"""));
    }

    private static String sshTemplate(String port) {
        return """
                apiVersion: projectcalico.org/v3
                kind: GlobalNetworkPolicy
                metadata:
                  name: ssh
                spec:
                  order: 10
                  selector: ${selector}
                  ingress:
                    - action: Allow
                      protocol: TCP
                      source: {nets: ${pc.flow(sshCidrs)}}
                      destination:
                        ports: [PORT]
                """.replace("PORT", port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemPrecisely(String name, String file, String content, String expected) {
        TestCatalog catalog = TestCatalog.minimal(dir).with(file, content);
        if (file.equals("profiles/a.yaml")) catalog.with(PROFILE, "extends: a\nvalues:\n  sshCidrs: [10.0.0.0/24]\n");
        BuildResult result = catalog.build();
        String printed = TestCatalog.printed(result.diagnostics().all());
        assertTrue(result.failed(), name + ": expected the build to fail, got:\n" + printed);
        assertEquals(expected.strip(), printed.strip(), name);
    }
}
