package dev.polcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.EntityRule;
import dev.polcat.calico.FieldError;
import dev.polcat.calico.GlobalNetworkPolicy;
import dev.polcat.calico.Metadata;
import dev.polcat.calico.ParsedResource;
import dev.polcat.calico.PolicySpec;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Port;
import dev.polcat.calico.Protocol;
import dev.polcat.calico.Rule;
import dev.polcat.net.Cidr;
import dev.polcat.yaml.StrictYamlReader;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The validator's contract: model-only use, order, determinism, thread safety, positions, combine(). */
class ResourceValidatorTest {
    private final ResourceValidator validator = new ResourceValidator();

    private static final String MESSY = Docs.gnpNamed("Bad_Name", """
            selector: app == web
            types: [Ingress, Ingress]
            ingress:
              - action: Allow
                protocol: ICMP
                destination:
                  ports: [80]
                  nets: [10.0.0.1/8]
            egress:
              - action: Deny
                ipVersion: 6
                source:
                  nets: [10.0.0.0/8]
            """);

    @Test
    void validatesAModelBuiltInCode() {
        Rule rule = new Rule(
                null,
                7,
                Protocol.named("tcp"),
                null,
                null,
                null,
                new EntityRule(
                        List.of(Cidr.of("10.0.0.1/8")),
                        List.of(),
                        "",
                        "",
                        "",
                        List.of(Port.single(0)),
                        List.of(),
                        null,
                        null),
                EntityRule.ANY,
                null,
                new TreeMap<>());
        PolicySpec spec = new PolicySpec(
                "",
                null,
                "",
                "",
                "",
                List.of(PolicyType.INGRESS),
                List.of(rule),
                List.of(),
                false,
                false,
                false,
                List.of());
        List<String> paths = validator.validate(new GlobalNetworkPolicy(Metadata.named("x.y"), spec)).stream()
                .map(FieldError::path)
                .toList();
        assertEquals(
                List.of(
                        "spec.ingress[0].ipVersion",
                        "spec.ingress[0].protocol",
                        "spec.ingress[0].source.ports[0]",
                        "spec.ingress[0].source.nets[0]"),
                paths);
    }

    @Test
    void reportsErrorsInFieldOrder() {
        CalicoResource r = ValidationAssertions.resources(MESSY).get(0);
        List<String> paths =
                validator.validate(r).stream().map(FieldError::path).toList();
        assertEquals(
                List.of(
                        "metadata.name",
                        "spec.selector",
                        "spec.types[1]",
                        "spec.ingress[0].destination.ports",
                        "spec.ingress[0].destination.nets[0]",
                        "spec.egress[0].source.nets[0]"),
                paths);
    }

    @Test
    void isDeterministicAndThreadSafe() throws Exception {
        CalicoResource r = ValidationAssertions.resources(MESSY).get(0);
        List<FieldError> expected = validator.validate(r);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<FieldError>>> runs = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> validator.validate(r)))
                    .toList();
            for (Future<List<FieldError>> run : runs) assertEquals(expected, run.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void errorPathsResolveToTheLinesThatCauseThem() throws Exception {
        ParsedResource parsed = new CalicoReader()
                .read(new StrictYamlReader().readSingle(MESSY, "p.yaml"))
                .resources()
                .get(0);
        for (FieldError e : validator.validate(parsed.resource())) {
            int line = parsed.positions().at(e.path()).line();
            String text = MESSY.split("\n")[line - 1];
            String leaf = e.path().replaceAll("\\[\\d+]$", "").replaceAll(".*\\.", "");
            assertTrue(
                    text.contains(leaf) || text.trim().startsWith("- ") || text.contains("["),
                    e.path() + " -> line " + line + ": " + text);
        }
    }

    @Test
    void combineDropsValidatorErrorsAtPathsTheReaderReported() {
        String yaml = Docs.ingress("action: allow\nprotocol: TCP\ndestination:\n  ports: [0]");
        CalicoReader.Result read;
        try {
            read = new CalicoReader().read(new StrictYamlReader().readSingle(yaml, "a.yaml"));
        } catch (dev.polcat.yaml.YamlSyntaxError e) {
            throw new AssertionError(e);
        }
        List<FieldError> shape =
                read.errors().stream().map(CalicoReader.Located::error).toList();
        List<FieldError> semantic = validator.validate(read.resources().get(0).resource());
        List<FieldError> all = ResourceValidator.combine(shape, semantic);
        assertEquals(
                List.of("spec.ingress[0].action", "spec.ingress[0].destination.ports[0]"),
                all.stream().map(FieldError::path).toList());
        assertTrue(all.get(0).message().contains("invalid action 'allow'"));
    }

    @Test
    void everyMessageAndPathIsNonEmpty() {
        CalicoResource r = ValidationAssertions.resources(MESSY).get(0);
        for (FieldError e : validator.validate(r)) {
            assertTrue(
                    !e.path().isEmpty() && !e.message().isEmpty() && e.message().indexOf('\n') < 0, e.toString());
        }
    }
}
