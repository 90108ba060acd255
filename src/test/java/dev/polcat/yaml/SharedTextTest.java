package dev.polcat.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.polcat.analyze.ExplainedRule;
import dev.polcat.calico.PolicyType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equal short texts share one copy; what a build reads twice is held once. */
class SharedTextTest {
    @Test
    void equalTextsAreOneObject() {
        String a = new String("spec.ingress[0]");
        String b = new String("spec.ingress[0]");
        assertSame(SharedText.of(a), SharedText.of(b));
        assertEquals("spec.ingress[0]", SharedText.of(b));
    }

    @Test
    void longTextsAndNullAreLeftAsTheyAre() {
        String longText = "x".repeat(300);
        assertSame(longText, SharedText.of(longText));
        assertNull(SharedText.of(null));
    }

    @Test
    void aTableMakesEachTextsValueOnceAndForgetsAllWhenFull() {
        SharedText.Table<StringBuilder> table = new SharedText.Table<>(2);
        int[] made = {0};
        java.util.function.Function<String, StringBuilder> make = t -> {
            made[0]++;
            return new StringBuilder(t);
        };
        StringBuilder a = table.get("a", make);
        assertSame(a, table.get("a", make));
        table.get("b", make);
        assertEquals(2, made[0]);
        table.get("c", make); // full: forgets a and b, keeps c
        assertEquals(3, made[0]);
        assertEquals("a", table.get("a", make).toString());
        assertEquals(4, made[0]);
    }

    @Test
    void scalarsAndKeysReadFromYamlAreShared() throws Exception {
        StrictYamlReader reader = new StrictYamlReader(10_000);
        List<YNode> one = reader.readAll("action: Allow\nprotocol: TCP\n", "a.yaml");
        List<YNode> two = reader.readAll("action: Allow\nprotocol: TCP\n", "b.yaml");
        YMap a = (YMap) one.get(0);
        YMap b = (YMap) two.get(0);
        assertSame(a.entries().get(0).key(), b.entries().get(0).key());
        assertSame(
                ((YScalar) a.entries().get(1).value()).text(),
                ((YScalar) b.entries().get(1).value()).text());
    }

    @Test
    void explainedRulesOfTwoEnvironmentsShareTheirSentence() {
        ExplainedRule prod = rule(new String("Allow inbound TCP to port 22 from 10.0.0.0/8"));
        ExplainedRule dev = rule(new String("Allow inbound TCP to port 22 from 10.0.0.0/8"));
        assertSame(prod.sentence(), dev.sentence());
    }

    private static ExplainedRule rule(String sentence) {
        return new ExplainedRule("p", PolicyType.INGRESS, 0, "ssh", "rule-ssh", sentence, "", null);
    }
}
