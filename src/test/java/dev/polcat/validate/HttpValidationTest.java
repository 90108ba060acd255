package dev.polcat.validate;

import static dev.polcat.validate.Docs.egress;
import static dev.polcat.validate.Docs.ingress;
import static dev.polcat.validate.ValidationAssertions.invalid;
import static dev.polcat.validate.ValidationAssertions.valid;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Application-layer HTTP matches. */
class HttpValidationTest {

    private static String methods(int n) {
        return IntStream.range(0, n).mapToObj(i -> "M" + i).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String paths(int n) {
        return IntStream.range(0, n).mapToObj(i -> "{prefix: /p" + i + "}").collect(Collectors.joining(", ", "[", "]"));
    }

    @TestFactory
    Stream<DynamicTest> http() {
        return ValidationAssertions.run(List.of(
                valid("acceptsHttpOnIngressAllow", ingress("""
                        action: Allow
                        protocol: TCP
                        http:
                          methods: [GET, HEAD]
                          paths:
                            - exact: /healthz
                            - prefix: /api/v1/
                        """)),
                valid("acceptsHttpWithoutProtocol", ingress("""
                        action: Allow
                        http: {methods: [GET]}
                        """)),
                valid("acceptsHttpWithProtocolNumber6", ingress("""
                        action: Allow
                        protocol: 6
                        http: {methods: [GET]}
                        """)),
                invalid(
                        "rejectsHttpOnDenyRule",
                        ingress("""
                        action: Deny
                        http: {methods: [DELETE]}
                        """),
                        "spec.ingress[0].http",
                        "http matches are only valid on Allow rules, got Deny"),
                invalid(
                        "rejectsHttpOnLogRule",
                        ingress("""
                        action: Log
                        http: {methods: [GET]}
                        """),
                        "spec.ingress[0].http",
                        "http matches are only valid on Allow rules, got Log"),
                invalid(
                        "rejectsHttpWithUdp",
                        ingress("""
                        action: Allow
                        protocol: UDP
                        http: {methods: [GET]}
                        """),
                        "spec.ingress[0].protocol",
                        "rules with http need protocol TCP or no protocol, got UDP"),
                invalid(
                        "rejectsHttpInEgressRule",
                        egress("""
                        action: Allow
                        http: {methods: [GET]}
                        """),
                        "spec.egress[0].http",
                        "http matches are not allowed in egress rules; only ingress rules can match HTTP"),
                invalid(
                        "rejectsDuplicateHttpMethod",
                        ingress("""
                        action: Allow
                        http: {methods: [GET, POST, GET]}
                        """),
                        "spec.ingress[0].http.methods[2]",
                        "duplicate method 'GET'; each method may be listed once"),
                valid("accepts20Methods", ingress("action: Allow\nhttp:\n  methods: " + methods(20))),
                invalid(
                        "rejects21Methods",
                        ingress("action: Allow\nhttp:\n  methods: " + methods(21)),
                        "spec.ingress[0].http.methods",
                        "21 methods listed; at most 20 are allowed"),
                valid("accepts20Paths", ingress("action: Allow\nhttp:\n  paths: " + paths(20))),
                invalid(
                        "rejects21Paths",
                        ingress("action: Allow\nhttp:\n  paths: " + paths(21)),
                        "spec.ingress[0].http.paths",
                        "21 paths listed; at most 20 are allowed"),
                invalid(
                        "rejectsPathWithExactAndPrefix",
                        ingress("""
                        action: Allow
                        http:
                          paths:
                            - {exact: /a, prefix: /b}
                        """),
                        "spec.ingress[0].http.paths[0]",
                        "a path match sets both exact and prefix; set exactly one"),
                invalid(
                        "rejectsEmptyPathMatch",
                        ingress("""
                        action: Allow
                        http:
                          paths:
                            - {}
                        """),
                        "spec.ingress[0].http.paths[0]",
                        "a path match needs exact or prefix"),
                invalid(
                        "rejectsPathWithoutLeadingSlash",
                        ingress("""
                        action: Allow
                        http:
                          paths:
                            - prefix: api/
                        """),
                        "spec.ingress[0].http.paths[0].prefix",
                        "HTTP path 'api/' is not valid: it must start with '/' and must not contain '?', '#' or a space"),
                invalid(
                        "rejectsPathWithQuery",
                        ingress("""
                        action: Allow
                        http:
                          paths:
                            - exact: /search?q=1
                        """),
                        "spec.ingress[0].http.paths[0].exact",
                        "HTTP path '/search?q=1' is not valid: it must start with '/' and must not contain '?', '#' or a space"),
                invalid(
                        "rejectsPathWithFragment",
                        ingress("""
                        action: Allow
                        http:
                          paths:
                            - exact: "/docs#top"
                        """),
                        "spec.ingress[0].http.paths[0].exact",
                        "HTTP path '/docs#top' is not valid: it must start with '/' and must not contain '?', '#' or a space"),
                invalid(
                        "rejectsPathWithSpace",
                        ingress("""
                        action: Allow
                        http:
                          paths:
                            - prefix: /my path
                        """),
                        "spec.ingress[0].http.paths[0].prefix",
                        "HTTP path '/my path' is not valid: it must start with '/' and must not contain '?', '#' or a space"),
                invalid(
                        "rejectsPathLongerThan1024",
                        ingress("action: Allow\nhttp:\n  paths:\n    - prefix: /" + "a".repeat(1024)),
                        "spec.ingress[0].http.paths[0].prefix",
                        "HTTP path is 1025 characters long; at most 1024 are allowed"),
                invalid(
                        "rejectsUnknownHttpPathField",
                        ingress("""
                        action: Allow
                        http:
                          paths:
                            - regex: /a.*
                        """),
                        List.of(
                                "spec.ingress[0].http.paths[0].regex#key: unknown field 'regex'",
                                "spec.ingress[0].http.paths[0]: a path match needs exact or prefix"))));
    }
}
