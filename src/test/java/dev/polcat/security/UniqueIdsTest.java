package dev.polcat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names become HTML ids; names that differ only in case or punctuation ({@code Web}, {@code web},
 * {@code web_}) must still get different ids, or a link lands on the wrong section.
 */
class UniqueIdsTest {
    @TempDir
    Path dir;

    @Test
    void tagsThatDifferOnlyInCaseOrPunctuationGetTheirOwnIds() throws IOException {
        Hostile h = Hostile.minimal(dir);
        String doc = Files.readString(h.catalog().resolve(Hostile.DOC));
        String template = Files.readString(h.catalog().resolve(Hostile.TEMPLATE));
        String[][] policies = {{"a", "Web"}, {"b", "web"}, {"c", "web_"}, {"d", "web-5f"}};
        for (String[] p : policies) {
            h.with("templates/policies/" + p[0] + ".md", doc.replace("tags: [test]", "tags: [\"" + p[1] + "\"]"));
            h.with("templates/policies/" + p[0] + ".yaml.ftl", template.replace("name: ssh", "name: " + p[0]));
        }
        Hostile.Result r = h.build();
        assertEquals(0, r.exit(), r::toString);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(h.out()).filter(p -> p.toString().endsWith(".html"))) {
            for (Path page : pages.sorted().toList()) {
                Set<String> seen = new HashSet<>();
                for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[id]")) {
                    if (!seen.add(e.id())) problems.add(h.out().relativize(page) + ": duplicate id '" + e.id() + "'");
                }
            }
        }
        assertEquals(List.of(), problems);
        Document index = Jsoup.parse(h.out().resolve("index.html").toFile(), "UTF-8");
        Set<String> ids = new HashSet<>();
        for (String[] p : policies) {
            // the table of contents links to the section whose heading is this tag and which lists this policy
            Element link = index.select("nav.toc a").stream()
                    .filter(a -> a.text().equals(p[1]))
                    .findFirst()
                    .orElseThrow();
            String id = link.attr("href").substring(1);
            ids.add(id);
            Element section = index.getElementById(id).parent();
            assertEquals(p[1], index.getElementById(id).text(), "link " + id);
            assertEquals(1, section.select("a[href=policies/" + p[0] + ".html]").size(), "tag " + p[1] + " -> " + id);
        }
        assertEquals(Set.of("tag-_57_eb", "tag-web", "tag-web_5f_", "tag-web-5f"), ids);
    }
}
