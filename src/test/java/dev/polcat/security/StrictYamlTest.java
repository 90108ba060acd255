package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML that a reviewer and the build could read differently is an error, in profiles, in doc front
 * matter and in what templates render: duplicate keys, extra documents, tags, anchors, aliases, merge
 * keys, and YAML 1.1 scalars whose type depends on the reader. Size and nesting are bounded before any
 * work is done. Each error names the file and line.
 */
class StrictYamlTest {
    @TempDir
    Path dir;

    private Hostile h;

    @BeforeEach
    void catalog() {
        h = Hostile.minimal(dir);
    }

    private static final String DOC_FRONT = """
            ---
            title: SSH
            summary: SSH from the admin networks.
            parameters:
              sshCidrs:
                type: cidr[]
                required: true
                description: Admin networks.
              sshPort:
                type: port
                default: 22
                description: The SSH port.
              selector:
                type: selector
                default: has(host)
                description: Hosts.
              version:
                type: string
                default: "1"
                description: A version string.
            """;

    private Hostile withDoc(String extraFrontMatter) {
        return h.with(Hostile.DOC, DOC_FRONT + extraFrontMatter + "---\nBody.\n");
    }

    @Test
    void duplicateProfileKeysNameBothLines() {
        h.with(Hostile.PROFILE, """
                title: Dev
                values:
                  sshCidrs: [10.0.0.0/8]
                  sshPort: 22
                  sshCidrs: [0.0.0.0/0]
                """).assertBuildFails(1, """
                profiles/dev.yaml:5:3: error: duplicate key 'sshCidrs' (first defined at line 3) [P102]
                  hint: remove one of them; YAML readers disagree on which one wins
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void duplicateFrontMatterKeysNameBothLines() {
        withDoc("summary: Something else.\n").assertBuildFails(1, """
                templates/policies/ssh.md:21:1: error: duplicate key 'summary' (first defined at line 3) [P102]
                  hint: remove one of them; YAML readers disagree on which one wins
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void duplicateKeysInRenderedOutputNameBothLines() {
        h.with(Hostile.TEMPLATE, Hostile.TEMPLATE_TEXT.replace("  order: 10\n", "  order: 10\n  order: 0\n"))
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:7:3: error: rendered YAML is invalid: duplicate key 'order' (first defined at line 6) [P205] (env dev, policy ssh)
                              order: 0
                              ^
                          hint: remove one of them; YAML readers disagree on which one wins
                          rendered/dev/ssh.yaml:7:3 as rendered; see: polcat render --raw --env dev ssh
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void aSecondDocumentInAProfileIsAnError() {
        h.with(Hostile.PROFILE, """
                title: Dev
                values:
                  sshCidrs: [10.0.0.0/24]
                ---
                title: Dev
                values:
                  sshCidrs: [0.0.0.0/0]
                """).assertBuildFails(1, """
                profiles/dev.yaml:5:1: error: a second YAML document ('---') is not allowed here [P103]
                  hint: keep one document per file
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void javaTagsConstructNothing() {
        h.with(Hostile.PROFILE, """
                title: !!java.io.FileOutputStream [%s]
                values:
                  sshCidrs: [10.0.0.0/24]
                """.formatted(h.canaryLiteral())).assertBuildFails(1, """
                profiles/dev.yaml:1:8: error: YAML tags (tag:yaml.org,2002:java.io.FileOutputStream) are not allowed [P103]
                  hint: remove the tag; quote the value if it must be a string
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void customTagsAreRefused() {
        h.with(Hostile.PROFILE, """
                title: Dev
                values:
                  sshCidrs: !cidrs [10.0.0.0/24]
                """).assertBuildFails(1, """
                profiles/dev.yaml:3:13: error: YAML tags (!cidrs) are not allowed [P103]
                  hint: remove the tag; quote the value if it must be a string
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void standardTagsAreRefusedToo() {
        // !!str looks harmless, but a reviewer should never have to know what a tag does.
        withDoc("tags: [!!str 1]\n").assertBuildFails(1, """
                templates/policies/ssh.md:21:8: error: YAML tags (tag:yaml.org,2002:str) are not allowed [P103]
                  hint: remove the tag; quote the value if it must be a string
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void tagsInRenderedOutputAreRefused() {
        h.with(Hostile.TEMPLATE, Hostile.TEMPLATE_TEXT.replace("order: 10", "order: !!float 10"))
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:6:10: error: rendered YAML is invalid: YAML tags (tag:yaml.org,2002:float) are not allowed [P205] (env dev, policy ssh)
                              order: !!float 10
                                     ^
                          hint: remove the tag; quote the value if it must be a string
                          rendered/dev/ssh.yaml:6:10 as rendered; see: polcat render --raw --env dev ssh
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void anchorsAreRefused() {
        h.with(Hostile.PROFILE, """
                title: &t Dev
                values:
                  sshCidrs: [10.0.0.0/24]
                """).assertBuildFails(1, """
                profiles/dev.yaml:1:8: error: YAML anchors (&t) are not allowed [P103]
                  hint: write the value out in full; use 'extends' to share values between profiles
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aliasesAreRefused() {
        // Jackson would quietly read *t as the string "t": the reviewer sees one thing, the build another.
        withDoc("tags: [a, *t]\n").assertBuildFails(1, """
                templates/policies/ssh.md:21:11: error: YAML aliases (*t) are not allowed [P103]
                  hint: write the value out in full; polcat reads files exactly as a reviewer sees them
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void anchorsAndTagsOnKeysAreRefused() {
        // Jackson reports neither; a second, event-level pass over the YAML does.
        h.with(Hostile.PROFILE, """
                title: Dev
                values:
                  ? &k sshCidrs
                  : [10.0.0.0/24]
                """).assertBuildFails(1, """
                profiles/dev.yaml:3:5: error: YAML anchors (&k) are not allowed [P103]
                  hint: write the value out in full; use 'extends' to share values between profiles
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void tagsOnKeysAreRefused() {
        h.with(Hostile.PROFILE, """
                title: Dev
                values:
                  !!java.lang.ProcessBuilder sshCidrs: [10.0.0.0/24]
                """).assertBuildFails(1, """
                profiles/dev.yaml:3:3: error: YAML tags (tag:yaml.org,2002:java.lang.ProcessBuilder) are not allowed [P103]
                  hint: remove the tag; quote the value if it must be a string
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void mergeKeysAreRefused() {
        h.with(Hostile.PROFILE, """
                title: Dev
                values:
                  <<: {sshCidrs: [0.0.0.0/0]}
                  sshCidrs: [10.0.0.0/24]
                """).assertBuildFails(1, """
                profiles/dev.yaml:3:3: error: YAML merge keys (<<) are not allowed [P103]
                  hint: write the keys out in full; use 'extends' to share values between profiles
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void anchorsInRenderedOutputAreRefused() {
        h.with(Hostile.TEMPLATE, Hostile.TEMPLATE_TEXT.replace("source: {nets: ", "source: &src {nets: "))
                .assertBuildFails(1, """
                        templates/policies/ssh.yaml.ftl:12:15: error: rendered YAML is invalid: YAML anchors (&src) are not allowed [P205] (env dev, policy ssh)
                                  source: &src {nets: [10.0.0.0/24]}
                                          ^
                          hint: write the value out in full; use 'extends' to share values between profiles
                          rendered/dev/ssh.yaml:12:15 as rendered; see: polcat render --raw --env dev ssh
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void billionLaughsStopsAtTheFirstAnchor() {
        StringBuilder laughs = new StringBuilder(
                "title: Dev\nvalues:\n  sshCidrs: [10.0.0.0/24]\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            String prev = "*l" + (i - 1);
            laughs.append("lol")
                    .append(i)
                    .append(": &l")
                    .append(i)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, prev)))
                    .append("]\n");
        }
        h.with(Hostile.PROFILE, laughs.toString()).assertBuildFails(1, """
                profiles/dev.yaml:4:7: error: YAML anchors (&l0) are not allowed [P103]
                  hint: write the value out in full; use 'extends' to share values between profiles
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        h.with(Hostile.PROFILE, "title: Dev\nvalues:\n  sshCidrs: " + deep + "\n")
                .assertBuildFails(1, """
                profiles/dev.yaml:3:75: error: nesting deeper than 64 levels [P115]
                  hint: YAML files here are small and flat; nothing legitimate comes near these limits
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aHugeProfileIsRefusedBeforeParsing() {
        // SnakeYAML scans one long scalar in quadratic time: the size cap must come first.
        String huge =
                "title: Dev\nvalues:\n  sshCidrs: [10.0.0.0/24]\ndescription: " + "x".repeat(8 * 1024 * 1024) + "\n";
        h.with(Hostile.PROFILE, huge).assertBuildFails(2, """
                profiles/dev.yaml: error: file is larger than the 1024 KiB limit [P100]
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void aLongScalarJustUnderTheCapIsReadQuickly() throws IOException {
        String big = "title: Dev\nvalues:\n  sshCidrs: [10.0.0.0/24]\ndescription: " + "x".repeat(1000 * 1024) + "\n";
        Hostile.Result r = h.with(Hostile.PROFILE, big).build();
        // Read in full and accepted within Hostile.LIMIT: no error, no warning, the whole text published.
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertTrue(
                Files.readString(h.out().resolve("environments/dev.html")).contains("x".repeat(1000 * 1024)),
                "the description was cut");
    }

    @Test
    void aHugeDocIsRefusedBeforeParsing() {
        h.with(Hostile.DOC, DOC_FRONT + "summary2: " + "y".repeat(2 * 1024 * 1024) + "\n---\nBody.\n")
                .assertBuildFails(2, """
                        templates/policies/ssh.md: error: file is larger than the 1024 KiB limit [P100]
                        polcat: 1 error, 0 warnings""");
    }

    @Test
    void yaml11BooleanForAStringShowsTheValueAndHowToQuoteIt() {
        h.with("templates/policies/ssh.md", DOC_FRONT + "---\nBody.\n")
                .with(Hostile.PROFILE, """
                title: Dev
                values:
                  sshCidrs: [10.0.0.0/24]
                  version: NO
                """)
                .assertBuildFails(1, """
                profiles/dev.yaml:4:12: error: values.version: expected a string, but YAML reads 'NO' as a boolean [P114]
                  hint: quote it: "NO"
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void yaml11OctalForAPortShowsTheValue() {
        h.with(Hostile.PROFILE, """
                title: Dev
                values:
                  sshCidrs: [10.0.0.0/24]
                  sshPort: 0755
                """).assertBuildFails(1, """
                profiles/dev.yaml:4:12: error: values.sshPort: '0755' is not a plain decimal number (YAML 1.1 reads it as octal, hex or with separators) [P114]
                  hint: write the decimal number without leading zeros, underscores or 0x
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void yaml11FloatForAVersionShowsTheValueAndHowToQuoteIt() {
        // 1.10 would become 1.1.
        h.with("templates/policies/ssh.md", DOC_FRONT + "---\nBody.\n")
                .with(Hostile.PROFILE, """
                title: Dev
                values:
                  sshCidrs: [10.0.0.0/24]
                  version: 1.10
                """)
                .assertBuildFails(1, """
                profiles/dev.yaml:4:12: error: values.version: expected a string, but YAML reads '1.10' as a number [P114]
                  hint: quote it: "1.10"
                polcat: 1 error, 0 warnings""");
    }

    @Test
    void yaml11BooleanInFrontMatterShowsHowToQuoteIt() {
        h.with(Hostile.DOC, DOC_FRONT.replace("title: SSH", "title: on") + "---\nBody.\n")
                .assertBuildFails(1, """
                templates/policies/ssh.md:2:8: error: 'title' must be text, got a boolean [P111]
                  hint: quote it: "on"
                polcat: 1 error, 0 warnings""");
    }
}
