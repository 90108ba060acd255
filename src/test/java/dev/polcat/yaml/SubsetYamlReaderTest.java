package dev.polcat.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader must read exactly what the full reader reads (trees, kinds, texts and every position) or
 * give up; it must never accept what the full reader refuses. Checked on every YAML file at hand (the
 * example's profiles and downloads, test resources, the real-world corpus when it sits beside the
 * project), on thousands of mutations of them, and on generated documents.
 */
class SubsetYamlReaderTest {
    private static final StrictYamlReader FULL = new StrictYamlReader();
    private static final int MAX_TOKENS = StrictYamlReader.DEFAULT_MAX_BYTES / 4;

    /** What each reader made of one text. */
    private record Outcome(int accepted, int refusedByBoth) {}

    private static Outcome compare(String text, boolean many) {
        List<YNode> full;
        try {
            full = FULL.readFully(text, "f.yaml", many);
        } catch (YamlSyntaxError e) {
            full = null;
        }
        List<YNode> fast = SubsetYamlReader.read(text, "f.yaml", many, MAX_TOKENS);
        if (fast == null) return new Outcome(0, full == null ? 1 : 0);
        if (full == null) fail("the fast reader accepted what the full reader refuses:\n" + text);
        assertEquals(full, fast, () -> "the readers disagree on:\n" + text);
        return new Outcome(1, 0);
    }

    private static List<String> inputs() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String root : List.of("profiles", "site/download", "src/test/resources", "../shared/calico-corpus")) {
            Path dir = Path.of(root);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                        texts.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void readsEveryFileAtHandAsTheFullReaderDoes() throws IOException {
        List<String> texts = inputs();
        int accepted = 0;
        for (String text : texts) {
            accepted += compare(text, true).accepted();
            compare(text, false);
        }
        // The example's downloads and profiles are the subset: the fast reader must take nearly all.
        assertTrue(accepted * 10 >= texts.size() * 7, accepted + " of " + texts.size() + " taken");
    }

    private static final String[] PIECES = {
        " ",
        "  ",
        ":",
        ": ",
        "-",
        "- ",
        "#",
        " #",
        " # c",
        "'",
        "''",
        "\"",
        "\"\"",
        "[",
        "]",
        "{",
        "}",
        ",",
        ", ",
        "\n",
        "\n  ",
        "\n- ",
        "\n---\n",
        "---",
        "...",
        "~",
        "null",
        "Null",
        "yes",
        "No",
        "on",
        "0x1F",
        "0o17",
        "017",
        "1_000",
        "1:20",
        "1.5",
        "-1",
        "+1",
        ".5",
        "1e3",
        ".inf",
        "2001-12-14",
        "&a ",
        "*a",
        "!t ",
        "!!str ",
        "|",
        ">",
        "? ",
        "<<: ",
        "é",
        "\u2003",
        "\u00a0",
        "\t",
        "\r",
        "\u0085",
        "\u2028",
        "\u2029",
        "\ufeff",
        "\\",
        "\\n",
        "%YAML 1.1\n",
        "@",
        "`",
        "=",
        "key: value\n",
        "- a: b\n  c: d\n",
        "x: [a, b]\n",
        "{a: 1}",
        "'a''b'",
        "\"a b\"",
        "true",
        "FALSE",
        "0",
    };

    private static String mutate(String text, Random r) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
            switch (r.nextInt(5)) {
                case 0, 1 -> s.insert(at, PIECES[r.nextInt(PIECES.length)]);
                case 2 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(4)));
                case 3 -> {
                    int lineStart = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    if (r.nextBoolean()) {
                        s.insert(lineStart, " ");
                    } else if (lineStart < s.length() && s.charAt(lineStart) == ' ') {
                        s.deleteCharAt(lineStart);
                    }
                }
                default -> {
                    int lineStart = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int lineEnd = s.indexOf("\n", at);
                    if (lineEnd < 0) lineEnd = s.length();
                    s.insert(lineStart, s.substring(lineStart, lineEnd) + "\n");
                }
            }
        }
        return s.toString();
    }

    @Test
    void agreesOnMutationsOfEveryFile() throws IOException {
        Random r = new Random(7);
        int accepted = 0;
        int refusedByBoth = 0;
        for (String text : inputs()) {
            String small = text.length() > 6000 ? text.substring(0, 6000) : text;
            for (int i = 0; i < 40; i++) {
                Outcome o = compare(mutate(small, r), i % 2 == 0);
                accepted += o.accepted();
                refusedByBoth += o.refusedByBoth();
            }
        }
        // Both sides of the comparison must be exercised: mutations it reads, and broken ones it leaves.
        assertTrue(accepted > 1000, "accepted " + accepted);
        assertTrue(refusedByBoth > 100, "refused by both " + refusedByBoth);
    }

    @Test
    void agreesOnGeneratedDocuments() {
        Random r = new Random(11);
        int accepted = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            int docs = 1 + r.nextInt(2);
            for (int d = 0; d < docs; d++) {
                if (d > 0 || r.nextInt(4) == 0) s.append("---\n");
                if (r.nextBoolean()) {
                    mapping(s, 0, r, 0);
                } else {
                    sequence(s, 0, r, 0);
                }
            }
            String text = s.toString();
            accepted += compare(text, true).accepted();
            compare(mutate(text, r), true);
        }
        assertTrue(accepted > 1800, "accepted " + accepted);
    }

    private static final String[] KEYS = {"a%d", "name%d", "order%d", "x y%d", "'q%d'", "\"dq%d\"", "k-%d", "a.b/c%d"};
    private static final String[] RARE_KEYS = {"on", "no", "1", "? k"};
    private static final String[] SCALARS = {
        "v",
        "10.0.0.0/8",
        "80",
        "0",
        "-3",
        "1.5",
        "true",
        "False",
        "null",
        "~",
        "'s p'",
        "'it''s'",
        "\"d q\"",
        "a b c",
        "has(role)",
        "role == 'web'",
        "a:b",
        "x#y",
        "5848:5848",
        "é ü",
        "TCP",
        "-x",
        "http://h/p",
    };
    private static final String[] RARE_SCALARS = {"0755", "1e3", "yes", "0x1F", "1:20", "\"\"", "-", "&a x", "*a"};

    /** Mostly the common forms; now and then one that the fast reader leaves to the full one. */
    private static String pick(String[] common, String[] rare, Random r) {
        return r.nextInt(80) == 0 ? rare[r.nextInt(rare.length)] : common[r.nextInt(common.length)];
    }

    private static void mapping(StringBuilder s, int indent, Random r, int depth) {
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(" ".repeat(indent));
            s.append(pick(KEYS, RARE_KEYS, r).replace("%d", String.valueOf(i))).append(':');
            value(s, indent, r, depth, true);
        }
    }

    private static void sequence(StringBuilder s, int indent, Random r, int depth) {
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(" ".repeat(indent));
            s.append('-');
            int kind = r.nextInt(depth > 2 ? 2 : 4);
            if (kind == 3) {
                s.append(' ');
                mapping(s, indent + 2, r, depth + 1);
            } else {
                value(s, indent, r, depth, false);
            }
        }
    }

    private static void value(StringBuilder s, int indent, Random r, int depth, boolean underKey) {
        int kind = r.nextInt(depth > 2 ? 3 : 6);
        switch (kind) {
            case 0, 1 -> s.append(' ').append(pick(SCALARS, RARE_SCALARS, r));
            case 2 -> s.append(' ').append(flow(r, 0));
            case 3 -> {
                s.append(r.nextBoolean() ? "\n" : " # note\n");
                int inner = indent + 1 + r.nextInt(3);
                s.append(" ".repeat(inner));
                mapping(s, inner, r, depth + 1);
                return;
            }
            case 4 -> {
                s.append('\n');
                int inner = underKey && r.nextBoolean() ? indent : indent + 2;
                s.append(" ".repeat(inner));
                sequence(s, inner, r, depth + 1);
                return;
            }
            default -> {
                if (r.nextBoolean()) s.append(" # empty");
            }
        }
        if (r.nextInt(5) == 0) s.append("  # comment");
        s.append('\n');
        if (r.nextInt(6) == 0) s.append(r.nextBoolean() ? "\n" : "# a comment line\n");
    }

    private static String flow(Random r, int depth) {
        int n = r.nextInt(3);
        boolean map = r.nextBoolean();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String v = depth < 2 && r.nextInt(4) == 0 ? flow(r, depth + 1) : pick(SCALARS, RARE_SCALARS, r);
            parts.add(map ? "k" + i + ": " + v : v);
        }
        String sep = r.nextBoolean() ? ", " : ",";
        return (map ? "{" : "[") + String.join(sep, parts) + (map ? "}" : "]");
    }

    /** Every kind the fast reader names is the kind SnakeYAML's resolver gives; otherwise it gives up. */
    @Test
    void typesPlainScalarsAsTheResolverDoes() {
        var resolver = new org.yaml.snakeyaml.resolver.Resolver();
        List<String> values = new ArrayList<>(List.of(
                "yes",
                "Yes",
                "YES",
                "no",
                "No",
                "NO",
                "on",
                "On",
                "ON",
                "off",
                "Off",
                "OFF",
                "y",
                "Y",
                "n",
                "N",
                "true",
                "True",
                "TRUE",
                "tRUE",
                "false",
                "False",
                "FALSE",
                "null",
                "Null",
                "NULL",
                "nULL",
                "~",
                "~/x",
                "<<",
                "<</x",
                ".inf",
                ".NaN",
                ".5",
                "1.",
                "1.5",
                "-1.5",
                "+1",
                "0",
                "-0",
                "007",
                "0x1F",
                "0o17",
                "0b101",
                "1_000",
                "1:20",
                "190:20:30",
                "1e3",
                "6.8523015e+5",
                "2001-12-14",
                "2001-12-14t21:59:43.10-05:00",
                "10.0.0.0/8",
                "10.0.0.1",
                "::1",
                "fe80::/64",
                "5848:5848",
                "offline",
                "nothing",
                "Tuesday",
                "frontend",
                "order",
                "yes/no",
                "9" + "9".repeat(30)));
        Random r = new Random(3);
        String alphabet = "yYnNtTfFoOeEaAlLsSuU0123456789.-+:_/x~";
        for (int i = 0; i < 20000; i++) {
            StringBuilder v = new StringBuilder();
            for (int k = 1 + r.nextInt(6); k > 0; k--) v.append(alphabet.charAt(r.nextInt(alphabet.length())));
            values.add(v.toString());
        }
        for (String v : values) {
            YScalar.Kind kind;
            try {
                kind = SubsetYamlReader.plainKind(v);
            } catch (RuntimeException giveUp) {
                continue;
            }
            var tag = resolver.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, v, true);
            var expected = switch (kind) {
                case STRING -> org.yaml.snakeyaml.nodes.Tag.STR;
                case INT -> org.yaml.snakeyaml.nodes.Tag.INT;
                case FLOAT -> org.yaml.snakeyaml.nodes.Tag.FLOAT;
                case BOOL -> org.yaml.snakeyaml.nodes.Tag.BOOL;
                case NULL -> org.yaml.snakeyaml.nodes.Tag.NULL;
            };
            assertEquals(expected, tag, v);
        }
    }

    /** Around the full reader's depth limit (64), nested blocks, flows and both: agree or give up. */
    @Test
    void agreesNearTheDepthLimit() {
        for (int depth = 50; depth <= 70; depth++) {
            StringBuilder block = new StringBuilder();
            for (int d = 0; d < depth; d++)
                block.append(" ".repeat(d)).append("k").append(d).append(":\n");
            block.append(" ".repeat(depth)).append("leaf: v\n");
            compare(block.toString(), true);
            compare("a: " + "[".repeat(depth) + "x" + "]".repeat(depth) + "\n", true);
            compare("- " + "{k: ".repeat(depth) + "x" + "}".repeat(depth) + "\n", true);
            StringBuilder both = new StringBuilder();
            for (int d = 0; d < depth / 2; d++) both.append(" ".repeat(2 * d)).append("- k:\n");
            both.append(" ".repeat(depth))
                    .append("v: ")
                    .append("[".repeat(depth / 2))
                    .append("]".repeat(depth / 2));
            compare(both.append('\n').toString(), true);
        }
        StringBuilder deep = new StringBuilder();
        for (int d = 0; d < 61; d++) deep.append(" ".repeat(d)).append("k:\n");
        assertNull(SubsetYamlReader.read(
                deep.append(" ".repeat(61)).append("v: 1\n").toString(), "f", true, MAX_TOKENS));
    }

    /** Past its token budget the fast reader gives up rather than count differently from Jackson. */
    @Test
    void givesUpPastItsTokenBudget() {
        String text =
                "a: [1, 2, 3]\nb: {c: d}\n"; // 11 tokens: the map (2), a, the list (2) and 3 items, b, {} (2), c, d
        assertNotNull(SubsetYamlReader.read(text, "f", true, 13));
        assertNull(SubsetYamlReader.read(text, "f", true, 5));
    }

    /** SnakeYAML refuses a key of over 1,024 characters, quotes included: near that, never accept more. */
    @Test
    void agreesOnKeysNearTheLengthLimit() {
        for (int n = 995; n <= 1030; n++) {
            String key = "k".repeat(n);
            compare(key + ": v\n", true);
            compare("'" + key + "': v\n", true);
            compare("- {" + key + ": v}\n", true);
            compare("- {\"" + key + "\": v}\n", true);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: 1\n",
                "a:\n  b: [x, 'y', \"z\"]\n  c: {d: e}\n",
                "items:\n- a: b\n  c: d\n- e\n",
                "---\nkind: A\n---\nkind: B\n",
                "a: # nothing here\nb: ~\n",
                "list:\n  -\n  - x\n",
            })
    void takesTheCommonForms(String text) {
        assertNotNull(SubsetYamlReader.read(text, "f.yaml", true, MAX_TOKENS), text);
        compare(text, true);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: |\n  block\n",
                "a: long\n  continued\n",
                "a: \"esc\\n\"\n",
                "a: 0x1F\n",
                "a: yes\n",
                "a: 1\na: 2\n",
                "<<: {b: 1}\n",
                "a: 'open\n  quote'\n",
                "a: [1,\n  2]\n",
                "a:\tb\n",
                "- - nested\n",
                "a: 1\n---\n",
                "a: b: c\n",
                "a: x\u2028y\n",
                "a: x\u0085y\n",
                "\ufeffa: 1\n",
                "[a, b]\n",
                "just a scalar\n",
            })
    void leavesTheRestToTheFullReader(String text) {
        assertNull(SubsetYamlReader.read(text, "f.yaml", true, MAX_TOKENS), text);
    }
}
