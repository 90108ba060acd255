package dev.polcat.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.polcat.calico.CalicoReader;
import dev.polcat.calico.GlobalNetworkPolicy;
import dev.polcat.calico.ParsedResource;
import dev.polcat.calico.PolicyType;
import dev.polcat.calico.Rule;
import dev.polcat.yaml.StrictYamlReader;
import dev.polcat.yaml.YNode;
import dev.polcat.yaml.YamlSyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Explains every rule of {@code explain/rules.yaml} and compares the whole text with
 * {@code explain/rules.expected.txt}, one line per rule ({@code failsafe ingress[0]: Allow inbound ...}).
 * Run with {@code -Dpolcat.updateGolden=true} to rewrite the expected file (refused when {@code CI} is set);
 * review the change like code.
 */
class RuleExplainerGoldenTest {
    private static final Path DIR = Path.of("src", "test", "resources", "explain");
    private static final Path INPUT = DIR.resolve("rules.yaml");
    private static final Path EXPECTED = DIR.resolve("rules.expected.txt");
    private static final int MIN_CASES = 40;

    private final RuleExplainer explainer = new RuleExplainer();

    @Test
    void explainsEveryRuleOfTheGoldenTable() throws IOException {
        String actual = explainAll();
        if (Boolean.getBoolean("polcat.updateGolden")) {
            if (System.getenv("CI") != null) {
                fail("refusing to rewrite " + EXPECTED + " with -Dpolcat.updateGolden=true when CI is set");
            }
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(EXPECTED, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(EXPECTED + " differs from the explanations (rerun with -Dpolcat.updateGolden=true to accept):\n"
                    + unifiedDiff(expected, actual));
        }
    }

    @Test
    void goldenTableHasEnoughCases() throws IOException {
        long rules = explainAll().lines().count();
        assertTrue(rules >= MIN_CASES, "only " + rules + " rules in " + INPUT + ", want at least " + MIN_CASES);
    }

    @Test
    void everyExplanationIsOnePlainSentenceWithoutFinalPeriod() throws IOException {
        // No Markdown or HTML of our own, no doubled or edge spaces, no final period.
        Pattern markup = Pattern.compile("[<>`*\\[\\]|]|&[a-z]+;|\\s{2,}|^\\s|\\s$|\\.$");
        for (String line : explainAll().lines().toList()) {
            String sentence = line.substring(line.indexOf(": ") + 2);
            assertFalse(markup.matcher(sentence).find(), "not plain one-line text: " + line);
            assertTrue(Character.isUpperCase(sentence.charAt(0)), "should start with the action: " + line);
        }
    }

    @Test
    void explanationsAreDeterministic() throws IOException {
        assertEquals(explainAll(), explainAll());
    }

    private String explainAll() throws IOException {
        StringBuilder out = new StringBuilder();
        for (GlobalNetworkPolicy policy : policies(Files.readString(INPUT, StandardCharsets.UTF_8))) {
            for (PolicyType direction : PolicyType.values()) {
                List<Rule> rules = policy.spec().rules(direction);
                for (int i = 0; i < rules.size(); i++) {
                    out.append(policy.metadata().name())
                            .append(' ')
                            .append(direction == PolicyType.INGRESS ? "ingress" : "egress")
                            .append('[')
                            .append(i)
                            .append("]: ")
                            .append(explainer.explain(rules.get(i), direction))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static List<GlobalNetworkPolicy> policies(String yaml) {
        List<YNode> docs;
        try {
            docs = new StrictYamlReader().readAll(yaml, INPUT.toString());
        } catch (YamlSyntaxError e) {
            throw new AssertionError(INPUT + " does not parse: " + e.getMessage(), e);
        }
        List<GlobalNetworkPolicy> out = new ArrayList<>();
        for (YNode doc : docs) {
            CalicoReader.Result result = new CalicoReader().read(doc);
            if (!result.errors().isEmpty()) throw new AssertionError(INPUT + " has errors: " + result.errors());
            for (ParsedResource r : result.resources()) {
                if (!(r.resource() instanceof GlobalNetworkPolicy policy)) {
                    throw new AssertionError(INPUT + " should hold only GlobalNetworkPolicies: " + r.resource());
                }
                out.add(policy);
            }
        }
        return out;
    }

    private static String unifiedDiff(String expected, String actual) {
        List<String> before = expected.lines().toList();
        List<String> after = actual.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                "expected/" + EXPECTED.getFileName(),
                "actual/" + EXPECTED.getFileName(),
                before,
                DiffUtils.diff(before, after),
                1);
        if (diff.isEmpty()) return "(only line endings or the final newline differ)";
        return String.join("\n", diff);
    }
}
