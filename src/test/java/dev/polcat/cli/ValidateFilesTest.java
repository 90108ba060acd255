package dev.polcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.cli.ReviewCommandsTest.Run;
import org.junit.jupiter.api.Test;

/** {@code polcat validate FILE|DIR} on hand-written Calico YAML: one precise error per problem. */
class ValidateFilesTest {
    private static final String DIR = "src/test/resources/broken-calico";

    @Test
    void reportsEachProblemOfABrokenDirectoryWithLineAndFieldPath() {
        Run r = ReviewCommandsTest.run("validate", DIR);
        assertEquals(1, r.exit());
        assertEquals("""
                src/test/resources/broken-calico/01-port-on-icmp.yaml:10:9: error: spec.ingress[0].destination.ports: ports need protocol TCP, UDP or SCTP, got ICMP [P301]
                  hint: drop the ports, or split the rule so that the ports sit on a TCP/UDP/SCTP rule
                src/test/resources/broken-calico/02-unmasked-cidr.yaml:10:16: error: spec.ingress[0].source.nets[0]: 10.0.0.1/8 is not a masked CIDR (host bits set); use 10.0.0.0/8 [P301]
                  hint: Calico rejects rule CIDRs with host bits; kube-apiserver would accept it and Felix would then ignore the whole policy
                src/test/resources/broken-calico/03-two-dots-and-typo.yaml:4:9: error: metadata.name: name 'security.team.ssh' is not a valid GlobalNetworkPolicy name; use lowercase letters, digits and '-' with at most one '.' (e.g. security.allow-dns); '_' and uppercase are not allowed [P301]
                  hint: emit <tier>.<name> with a single dot, e.g. 'security.team-ssh'
                src/test/resources/broken-calico/03-two-dots-and-typo.yaml:7:3: error: spec.ingres: unknown field 'ingres' [P302]
                  hint: did you mean 'ingress'?
                src/test/resources/broken-calico/04-bad-selector.yaml:7:13: error: spec.selector: invalid selector 'role = "web"': expected '==' at position 5, found '=' [P301]
                  hint: role = "web"
                  hint:      ^
                  hint: selectors look like: app == "web" && role in {"a", "b"} && has(tier)
                src/test/resources/broken-calico/05-multi.yaml:15:15: error: spec.egress[0].action: invalid action 'deny' [P302]
                  hint: did you mean 'Deny'? actions are case-sensitive: Allow, Deny, Log, Pass
                src/test/resources/broken-calico/05-multi.yaml:18:16: error: spec.egress[0].destination.nets[0]: 10.0.0.0/8 is IPv4 but the rule has ipVersion 6 [P301]
                  hint: use IPv6 CIDRs here, or change ipVersion
                src/test/resources/broken-calico/06-not-yaml.yaml:5:1: error: invalid YAML: while parsing a flow sequence (started at line 4): expected ',' or ']', but got <stream end> [P101]
                """, r.err());
        assertEquals("6 files, 7 resources: 5 invalid, 1 unreadable\n", r.out());
    }

    @Test
    void validFileExitsZero() {
        Run r = ReviewCommandsTest.run(
                "validate", "site/download/prod/prod-failsafe.yaml", "site/download/prod/prod-network-sets.yaml");
        assertEquals(0, r.exit(), r.err());
        assertEquals("2 files, 3 resources: all valid\n", r.out());
    }

    @Test
    void jsonListsEveryResourceWithItsErrors() {
        Run r = ReviewCommandsTest.run("validate", "--format", "json", DIR + "/05-multi.yaml");
        assertEquals(1, r.exit());
        assertEquals("""
                {
                  "schemaVersion" : 1,
                  "valid" : false,
                  "files" : [ {
                    "file" : "src/test/resources/broken-calico/05-multi.yaml",
                    "valid" : false,
                    "errors" : [ ],
                    "resources" : [ {
                      "file" : "src/test/resources/broken-calico/05-multi.yaml",
                      "kind" : "GlobalNetworkSet",
                      "name" : "office",
                      "valid" : true,
                      "errors" : [ ]
                    }, {
                      "file" : "src/test/resources/broken-calico/05-multi.yaml",
                      "kind" : "GlobalNetworkPolicy",
                      "name" : "mixed",
                      "valid" : false,
                      "errors" : [ {
                        "severity" : "error",
                        "code" : "P302",
                        "path" : "spec.egress[0].action",
                        "line" : 15,
                        "column" : 15,
                        "message" : "invalid action 'deny'",
                        "hint" : "did you mean 'Deny'? actions are case-sensitive: Allow, Deny, Log, Pass"
                      }, {
                        "severity" : "error",
                        "code" : "P301",
                        "path" : "spec.egress[0].destination.nets[0]",
                        "line" : 18,
                        "column" : 16,
                        "message" : "10.0.0.0/8 is IPv4 but the rule has ipVersion 6",
                        "hint" : "use IPv6 CIDRs here, or change ipVersion"
                      } ]
                    }, {
                      "file" : "src/test/resources/broken-calico/05-multi.yaml",
                      "kind" : "GlobalNetworkPolicy",
                      "name" : "fine",
                      "valid" : true,
                      "errors" : [ ]
                    } ]
                  } ]
                }
                """, r.out());
    }

    @Test
    void selectListsMatchingHostsOfAnEnvironment() {
        Run r = ReviewCommandsTest.run(
                "select", "endpoint_type == \"management\" && role == 'worker'", "--env", "prod");
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                (endpoint_type == "management" && role == "worker")
                  ✘ no match prod-cp-1      endpoint_type=management, role=control-plane
                  ✘ no match prod-cp-2      endpoint_type=management, role=control-plane
                  ✘ no match prod-cp-3      endpoint_type=management, role=control-plane
                  ✔ matches  prod-worker-1  endpoint_type=management, role=worker
                  ✔ matches  prod-worker-2  endpoint_type=management, role=worker
                  ✘ no match prod-etcd-1    endpoint_type=management, role=etcd
                  ✘ no match prod-etcd-2    endpoint_type=management, role=etcd
                  ✘ no match prod-etcd-3    endpoint_type=management, role=etcd
                """, r.out());
    }

    @Test
    void selectShowsWhereAnInvalidSelectorIsWrong() {
        Run r = ReviewCommandsTest.run("select", "role == web", "has(x)", "--labels", "x=1");
        assertEquals(1, r.exit());
        assertTrue(
                r.out()
                        .startsWith(
                                "invalid: expected a quoted string at position 8, found 'web' (values must be quoted, as in role == \"web\")\n  role == web\n          ^\n"),
                r.out());
        assertTrue(r.out().contains("has(x)\n  ✔ matches  labels #1  x=1\n"), r.out());
    }

    @Test
    void selectJsonKeepsTheOrderGiven() {
        Run r = ReviewCommandsTest.run(
                "select", "--format", "json", "a == 'b'", "--labels", "a=b", "--labels", "{\"a\": \"c\"}");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"canonical\" : \"a == \\\"b\\\"\""), r.out());
        int first = r.out().indexOf("\"labelSet\" : 1");
        int second = r.out().indexOf("\"labelSet\" : 2");
        assertTrue(first > 0 && second > first, r.out());
        assertTrue(
                r.out().matches("(?s).*\"labelSet\" : 1.*\"match\" : true.*\"labelSet\" : 2.*\"match\" : false.*"),
                r.out());
    }

    @Test
    void readsFilesAsKubectlDoesSkippingOtherKubernetesObjectsAndEmptyDocuments() {
        Run r = ReviewCommandsTest.run("validate", "src/test/resources/mixed-files");
        assertEquals(1, r.exit(), r.err());
        assertEquals("""
                src/test/resources/mixed-files/02-deployment-and-policy.yaml:1:1: note: Deployment 'web' (apps/v1) skipped: not a policy kind [P307]
                  hint: polcat checks Calico resources and Kubernetes NetworkPolicies; kubectl checks the rest
                src/test/resources/mixed-files/03-storage-form.yaml:1:13: error: apiVersion: unsupported apiVersion 'crd.projectcalico.org/v1' [P302]
                  hint: crd.projectcalico.org/v1 is the form Calico stores resources in, not one to apply; write apiVersion: projectcalico.org/v3 and apply it with calicoctl or the Calico API server
                """, r.err());
        assertEquals("4 files, 4 resources (1 other Kubernetes object skipped): 1 invalid\n", r.out());
    }

    @Test
    void aSkippedObjectIsANoteEvenWithStrict() {
        Run r = ReviewCommandsTest.run(
                "validate",
                "--strict",
                "src/test/resources/mixed-files/02-deployment-and-policy.yaml",
                "src/test/resources/mixed-files/01-trailing-separator.yaml",
                "src/test/resources/mixed-files/04-staged-with-free-text.yaml");
        assertEquals(0, r.exit(), r.err());
        assertEquals("3 files, 3 resources (1 other Kubernetes object skipped): all valid\n", r.out());
    }

    @Test
    void selectRefusesLabelsThatKubernetesWouldReject() {
        Run r = ReviewCommandsTest.run("select", "has(x)", "--labels", "Role!=web");
        assertEquals(2, r.exit(), r.out());
        assertEquals(
                "polcat: error: --labels: label key 'Role!' is not valid: the name part 'Role!' has characters or ends that are"
                        + " not allowed; a label key is an optional DNS subdomain prefix and '/', then a name of at most 63 letters,"
                        + " digits, '-', '_' and '.', starting and ending with a letter or digit\n"
                        + "  hint: e.g. --labels role=web,app.example.com/tier=db\n",
                r.err());
        Run value = ReviewCommandsTest.run("select", "has(x)", "--labels", "{\"role\": \"web\\n::error::x\"}");
        assertEquals(2, value.exit(), value.out());
        assertTrue(value.err().contains("label value 'web\\n::error::x' of 'role' is not valid"), value.err());
        assertFalse(value.err().contains("\n::error::"), value.err());
    }
}
