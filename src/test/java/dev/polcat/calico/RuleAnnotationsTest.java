package dev.polcat.calico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's annotations keep key order whatever map they came in, and cannot be changed afterwards. */
class RuleAnnotationsTest {
    private static Rule rule(Map<String, String> annotations) {
        return new Rule(Action.ALLOW, null, null, null, null, null, null, null, null, annotations);
    }

    @Test
    void severalAnnotationsComeInKeyOrder() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("z.example/b", "2");
        in.put("polcat.dev/rule", "ssh");
        in.put("a.example/c", "3");
        assertEquals(
                List.of("a.example/c", "polcat.dev/rule", "z.example/b"),
                List.copyOf(rule(in).annotations().keySet()));
    }

    @Test
    void theNameAloneIsKeptAndReadBack() {
        Rule r = rule(new LinkedHashMap<>(Map.of(Rule.NAME_ANNOTATION, "ssh")));
        assertEquals("ssh", r.name());
        assertEquals(Map.of(Rule.NAME_ANNOTATION, "ssh"), r.annotations());
        assertEquals("", rule(Map.of()).name());
    }

    @Test
    void annotationsCannotBeChanged() {
        for (Map<String, String> in : List.of(Map.<String, String>of(), Map.of("a", "1"), Map.of("a", "1", "b", "2"))) {
            Map<String, String> kept = rule(new LinkedHashMap<>(in)).annotations();
            assertThrows(UnsupportedOperationException.class, () -> kept.put("c", "3"));
        }
    }
}
