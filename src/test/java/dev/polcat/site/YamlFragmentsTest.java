package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polcat.diag.SafeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A policy's YAML fragment holds each distinct line once and each environment as line numbers; the text
 * put together from them must be the download file, byte for byte. Decoded here from the script's JSON,
 * independently of {@link YamlFragments.Fragment#text}.
 */
class YamlFragmentsTest {
    static final String PREFIX = "window.polcatYaml && window.polcatYaml(";

    /** Each environment's text, decoded from a fragment script as policy.js decodes it. */
    static Map<String, String> decode(String script) {
        assertTrue(script.startsWith(PREFIX) && script.endsWith(");\n"), script);
        JsonNode f;
        try {
            f = new ObjectMapper().readTree(script.substring(PREFIX.length(), script.length() - 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> env : f.get("envs").properties()) {
            List<String> out = new ArrayList<>();
            int last = 0;
            for (JsonNode n : env.getValue()) {
                int v = n.intValue();
                if (v >= 0) out.add(f.get("lines").get(last = v).textValue());
                for (int k = v; k < 0; k++) out.add(f.get("lines").get(++last).textValue());
            }
            texts.put(env.getKey(), String.join("\n", out));
        }
        return texts;
    }

    private static void assertRoundTrip(Map<String, String> texts) {
        YamlFragments.Fragment f = YamlFragments.fragment("p", texts);
        texts.forEach((env, text) -> assertEquals(text, f.text(env), env));
        String script = "window.polcatYaml && window.polcatYaml("
                + SafeJson.writeCompact(f).strip() + ");\n";
        assertEquals(texts, decode(script));
    }

    @Test
    void theScriptStoresEachLineOnceAndEachEnvironmentAsRunsOfLineNumbers() {
        YamlFragments.Fragment f = YamlFragments.fragment(
                "ssh", linked("dev", "a\nb\nc\n", "prod", "a\nx\nc\n", "test", "a\nb\na\nb\nc\n"));
        assertEquals(List.of("a", "b", "c", "", "x"), f.lines());
        assertEquals(List.of(0, -3), f.envs().get("dev"), "lines 0 to 3");
        assertEquals(List.of(0, 4, 2, -1), f.envs().get("prod"));
        assertEquals(List.of(0, -1, 0, -3), f.envs().get("test"));
        assertEquals(
                "{\"policy\":\"ssh\",\"lines\":[\"a\",\"b\",\"c\",\"\",\"x\"],"
                        + "\"envs\":{\"dev\":[0,-3],\"prod\":[0,4,2,-1],\"test\":[0,-1,0,-3]}}\n",
                SafeJson.writeCompact(f));
    }

    @Test
    void everyTextComesBackExactly() {
        assertRoundTrip(linked("dev", ""));
        assertRoundTrip(linked("dev", "\n"));
        assertRoundTrip(linked("dev", "no final newline"));
        assertRoundTrip(linked("dev", "a\r\nb\r\n", "prod", "a\nb\n"));
        assertRoundTrip(linked("dev", "x\n\n\nx\n", "prod", "\n\nx", "stage", "y\nx\n\n"));
        assertRoundTrip(linked("dev", "k: \"\u2028\u007f<script>\"\n", "prod", "k: '\\n'\n"));
    }

    @Test
    void theExampleSitesFragmentsAreItsDownloadsOnePerPolicy() {
        Map<String, byte[]> files = new TreeMap<>();
        ExampleSite.artifacts().forEach(a -> files.put(a.path(), a.bytes()));
        List<String> fragments = files.keySet().stream()
                .filter(p -> p.startsWith("policies/yaml/"))
                .toList();
        assertEquals(12, fragments.size(), fragments.toString());
        for (String path : fragments) {
            String policy = path.substring("policies/yaml/".length(), path.length() - ".js".length());
            assertEquals(YamlFragments.path(policy), path);
            Map<String, String> texts = decode(new String(files.get(path), StandardCharsets.UTF_8));
            assertEquals(List.of("dev", "prod", "prod-v6", "staging"), List.copyOf(texts.keySet()), path);
            texts.forEach((env, text) -> assertEquals(
                    new String(files.get(YamlBundle.policyPath(env, policy)), StandardCharsets.UTF_8),
                    text,
                    path + " " + env));
        }
    }

    private static Map<String, String> linked(String... envAndText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < envAndText.length; i += 2) m.put(envAndText[i], envAndText[i + 1]);
        return m;
    }
}
