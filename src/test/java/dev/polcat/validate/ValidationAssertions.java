package dev.polcat.validate;

import static org.junit.jupiter.api.Assertions.fail;

import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.CalicoResource;
import dev.polcat.calico.FieldError;
import dev.polcat.calico.ParsedResource;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YamlSyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Feeds YAML through the real pipeline (StrictYamlReader, CalicoReader, ResourceValidator) and checks
 * the errors, so that the reader's shape errors are covered by the same cases.
 */
final class ValidationAssertions {
    private static final StrictYamlReader YAML = new StrictYamlReader();
    private static final CalicoReader READER = new CalicoReader();
    private static final ResourceValidator VALIDATOR = new ResourceValidator();

    private ValidationAssertions() {}

    /** Every document's resources. */
    static List<CalicoResource> resources(String yaml) {
        List<CalicoResource> out = new ArrayList<>();
        for (YNode doc : docs(yaml)) {
            READER.read(doc).resources().stream().map(ParsedResource::resource).forEach(out::add);
        }
        return out;
    }

    /** The reader's shape errors, then the validator's errors, for every document. */
    static List<FieldError> errors(String yaml) {
        List<FieldError> out = new ArrayList<>();
        for (YNode doc : docs(yaml)) {
            CalicoReader.Result result = READER.read(doc);
            result.errors().forEach(l -> out.add(l.error()));
            for (ParsedResource r : result.resources()) out.addAll(VALIDATOR.validate(r.resource()));
        }
        return out;
    }

    private static List<YNode> docs(String yaml) {
        try {
            return YAML.readAll(yaml, "case.yaml");
        } catch (YamlSyntaxError e) {
            throw new AssertionError("test YAML does not parse: " + e.getMessage() + "\n" + yaml, e);
        }
    }

    private static String shorten(String yaml) {
        return yaml.length() <= 1500 ? yaml : yaml.substring(0, 1500) + "... (" + yaml.length() + " chars)";
    }

    static String describe(List<FieldError> errors) {
        return errors.stream()
                .map(e -> "  " + e.path() + ": " + e.message() + (e.hint().isEmpty() ? "" : " [" + e.hint() + "]"))
                .collect(Collectors.joining("\n"));
    }

    /**
     * One table row: a name that says the case, the YAML, and every error it must give, each as
     * {@code path: message} in full (none: valid). Extra, missing or reworded errors all fail the row.
     * {@code displayPaths}: paths as printed ({@code spec.x}), not as kept ({@code spec.x#key}).
     */
    record Case(String name, String yaml, List<String> errors, boolean displayPaths) {
        void check() {
            List<FieldError> got = ValidationAssertions.errors(yaml);
            List<String> actual = got.stream()
                    .map(e -> (displayPaths ? e.displayPath() : e.path()) + ": " + e.message())
                    .sorted()
                    .toList();
            if (!actual.equals(errors.stream().sorted().toList())) {
                fail("expected " + (errors.isEmpty() ? "no errors" : "exactly:\n  " + String.join("\n  ", errors))
                        + "\ngot:\n" + (got.isEmpty() ? "  (no errors)" : describe(got)) + "\nfor:\n" + shorten(yaml));
            }
        }
    }

    /** An invalid row whose one error is given with its printed path. */
    static Case only(String name, String yaml, String path, String message) {
        return new Case(name, yaml, List.of(path + ": " + message), true);
    }

    static Case valid(String name, String yaml) {
        return new Case(name, yaml, List.of(), false);
    }

    /** An invalid row with exactly one error: {@code message} in full, at {@code path}. */
    static Case invalid(String name, String yaml, String path, String message) {
        return new Case(name, yaml, List.of(path + ": " + message), false);
    }

    /** An invalid row with several errors, each {@code path: message}, in any order. */
    static Case invalid(String name, String yaml, List<String> errors) {
        return new Case(name, yaml, List.copyOf(errors), false);
    }

    static Stream<DynamicTest> run(List<Case> cases) {
        long distinct = cases.stream().map(Case::name).distinct().count();
        if (distinct != cases.size()) throw new IllegalStateException("duplicate case names");
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    try {
                        c.check();
                    } catch (AssertionError e) {
                        // Surefire's report names dynamic tests by index only, so say which case failed.
                        throw new AssertionError(c.name() + ": " + e.getMessage(), e);
                    }
                }));
    }
}
