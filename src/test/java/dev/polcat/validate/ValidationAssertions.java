package dev.polcat.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
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

    static void assertValid(String yaml) {
        List<FieldError> errors = errors(yaml);
        if (!errors.isEmpty()) fail("expected no errors, got:\n" + describe(errors) + "\nfor:\n" + shorten(yaml));
    }

    /** Some error sits exactly at {@code path} and its message contains {@code message}. */
    static void assertInvalid(String yaml, String path, String message) {
        List<FieldError> errors = errors(yaml);
        boolean found = errors.stream().anyMatch(e -> e.path().equals(path) && e.message().contains(message));
        if (!found) {
            fail("expected an error at " + path + " containing \"" + message + "\", got:\n"
                    + (errors.isEmpty() ? "  (no errors)" : describe(errors)) + "\nfor:\n" + shorten(yaml));
        }
        errors.stream().filter(e -> e.path().equals(path)).forEach(e ->
                assertTrue(!e.message().isBlank(), "message must say what is wrong"));
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
     * Exactly one error, at exactly {@code path}, with exactly {@code message}: nothing else is reported.
     */
    static void assertOnlyError(String yaml, String path, String message) {
        List<FieldError> errors = errors(yaml);
        boolean exact = errors.size() == 1 && errors.get(0).displayPath().equals(path) && errors.get(0).message().equals(message);
        if (!exact) {
            fail("expected exactly one error\n  " + path + ": " + message + "\ngot:\n"
                    + (errors.isEmpty() ? "  (no errors)" : describe(errors)) + "\nfor:\n" + shorten(yaml));
        }
    }

    /** One table row: a name that says the case, the YAML, and the expected error (path null: valid). */
    record Case(String name, String yaml, String path, String message, boolean exact) {
        Case(String name, String yaml, String path, String message) {
            this(name, yaml, path, message, false);
        }

        void check() {
            if (path == null) assertValid(yaml);
            else if (exact) assertOnlyError(yaml, path, message);
            else assertInvalid(yaml, path, message);
        }
    }

    /** An invalid row whose one and only error must match path and message exactly. */
    static Case only(String name, String yaml, String path, String message) {
        return new Case(name, yaml, path, message, true);
    }

    static Case valid(String name, String yaml) {
        return new Case(name, yaml, null, null);
    }

    static Case invalid(String name, String yaml, String path, String message) {
        return new Case(name, yaml, path, message);
    }

    static Stream<DynamicTest> run(List<Case> cases) {
        long distinct = cases.stream().map(Case::name).distinct().count();
        if (distinct != cases.size()) throw new IllegalStateException("duplicate case names");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try {
                c.check();
            } catch (AssertionError e) {
                // Surefire's report names dynamic tests by index only, so say which case failed.
                throw new AssertionError(c.name() + ": " + e.getMessage(), e);
            }
        }));
    }
}
