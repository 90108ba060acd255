package dev.polcat.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The search index's words: what the query side (assets/search.js) expects, on any text. */
class SearchTermsTest {
    @Test
    void wordsAreLowerCaseRunsWithoutOuterHyphensAndHyphenatedNamesAlsoByTheirParts() {
        assertEquals(
                List.of("ssh-from-management-v4", "ssh", "management", "v4", "tcp"),
                List.copyOf(SearchTerms.words("Allow SSH-from-management-v4 -- to port 22 (TCP)")));
        assertEquals(List.of("prod--etcd-1", "prod", "etcd"), List.copyOf(SearchTerms.words("--prod--etcd-1--")));
        assertEquals(List.of(), List.copyOf(SearchTerms.words("10.30.0.0/24 22 7-9 x -a- the any")));
    }

    /** The reading the index used before it was written by hand: regular expressions, kept as the reference. */
    private static Set<String> reference(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String piece : text.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
            String w = piece.replaceAll("^-+|-+$", "");
            addReference(out, w);
            if (w.indexOf('-') > 0) for (String part : w.split("-+")) addReference(out, part);
        }
        return out;
    }

    private static void addReference(Set<String> out, String w) {
        if (w.length() >= 2 && !w.matches("[0-9-]+")) out.add(w);
    }

    /** Letters that make none of the common words the index leaves out, so the reference needs no list. */
    @Test
    void handWrittenReadingAgreesWithTheRegularExpressionsOnRandomText() {
        Random random = new Random(7);
        String alphabet = "qZk09--- ./_İéK\u00a0\t";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(24);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(List.copyOf(reference(text)), List.copyOf(SearchTerms.words(text)), "'" + text + "'");
        }
    }
}
