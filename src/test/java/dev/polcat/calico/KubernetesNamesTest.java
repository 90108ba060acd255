package dev.polcat.calico;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Namespaces, label keys and label values as Kubernetes accepts them, with the exact messages. */
class KubernetesNamesTest {
    private static final String NS = "; " + KubernetesNames.NAMESPACE_RULE;
    private static final String KEY = "; " + KubernetesNames.LABEL_KEY_RULE;
    private static final String VAL = "; " + KubernetesNames.LABEL_VALUE_RULE;

    static Stream<Arguments> namespaces() {
        return Stream.of(
                Arguments.of("prod", ""),
                Arguments.of("kube-system", ""),
                Arguments.of("0a", ""),
                Arguments.of("a".repeat(63), ""),
                Arguments.of("", "namespace is empty" + NS),
                Arguments.of("a".repeat(64), "namespace '" + "a".repeat(64) + "' is 64 characters long" + NS),
                Arguments.of("../../x", "namespace '../../x' is not valid" + NS),
                Arguments.of("prod\nevil", "namespace 'prod\\nevil' is not valid" + NS),
                Arguments.of("Prod", "namespace 'Prod' is not valid" + NS),
                Arguments.of("a.b", "namespace 'a.b' is not valid" + NS),
                Arguments.of("-a", "namespace '-a' is not valid" + NS),
                Arguments.of("a-", "namespace 'a-' is not valid" + NS),
                Arguments.of("a_b", "namespace 'a_b' is not valid" + NS),
                Arguments.of("ab\u202ecd", "namespace 'ab\\u202ecd' is not valid" + NS),
                Arguments.of("x\u001b[2J", "namespace 'x\\u001b[2J' is not valid" + NS));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("namespaces")
    void namespaceIsADns1123Label(String namespace, String expected) {
        assertEquals(expected, KubernetesNames.namespaceProblem(namespace).orElse(""));
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("role", ""),
                Arguments.of("Role_1.x-y", ""),
                Arguments.of("app.example.com/role", ""),
                Arguments.of("k8s.io/A", ""),
                Arguments.of("a".repeat(63), ""),
                Arguments.of("", "label key '' is not valid: the name part is empty" + KEY),
                Arguments.of(
                        "a".repeat(64),
                        "label key '" + "a".repeat(64) + "' is not valid: the name part is 64 characters long" + KEY),
                Arguments.of(
                        "Role!",
                        "label key 'Role!' is not valid: the name part 'Role!' has characters or ends"
                                + " that are not allowed" + KEY),
                Arguments.of(
                        "team: x\n evil",
                        "label key 'team: x\\n evil' is not valid: the name part 'team: x\\n evil'"
                                + " has characters or ends that are not allowed" + KEY),
                Arguments.of("a/b/c", "label key 'a/b/c' is not valid: it has more than one '/'" + KEY),
                Arguments.of("/role", "label key '/role' is not valid: the prefix before '/' is empty" + KEY),
                Arguments.of(
                        "Example.com/role",
                        "label key 'Example.com/role' is not valid: the prefix 'Example.com'"
                                + " is not a lowercase DNS subdomain" + KEY),
                Arguments.of("example.com/", "label key 'example.com/' is not valid: the name part is empty" + KEY),
                Arguments.of(
                        "-role",
                        "label key '-role' is not valid: the name part '-role' has characters or ends"
                                + " that are not allowed" + KEY));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("keys")
    void labelKeyIsAQualifiedName(String key, String expected) {
        assertEquals(expected, KubernetesNames.labelKeyProblem(key).orElse(""));
    }

    static Stream<Arguments> values() {
        String chars = "only letters, digits, '-', '_' and '.' are allowed, starting and ending with a letter or digit";
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of("web", ""),
                Arguments.of("Web_1.x-y", ""),
                Arguments.of("v".repeat(63), ""),
                Arguments.of(
                        "v".repeat(64),
                        "label value '" + "v".repeat(64)
                                + "' of 'role' is not valid: it is 64 characters long, at most 63" + VAL),
                Arguments.of("web\nevil", "label value 'web\\nevil' of 'role' is not valid: " + chars + VAL),
                Arguments.of("a b", "label value 'a b' of 'role' is not valid: " + chars + VAL),
                Arguments.of("-web", "label value '-web' of 'role' is not valid: " + chars + VAL),
                Arguments.of("web.", "label value 'web.' of 'role' is not valid: " + chars + VAL),
                Arguments.of("a/b", "label value 'a/b' of 'role' is not valid: " + chars + VAL));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("values")
    void labelValueFollowsKubernetes(String value, String expected) {
        assertEquals(expected, KubernetesNames.labelValueProblem("role", value).orElse(""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("namespaces")
    void labelAndSubdomainPredicatesAgreeWithNamespaceRule(String namespace, String expected) {
        assertEquals(expected.isEmpty(), KubernetesNames.isDns1123Label(namespace));
    }
}
