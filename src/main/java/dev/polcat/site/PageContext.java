package dev.polcat.site;

import dev.polcat.analyze.Analysis;
import dev.polcat.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every page shares: the catalog title, navigation, and the path back to the site root. */
record PageContext(Catalog catalog, Analysis analysis) {

    Map<String, Object> base(String title, String root, String section) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("siteTitle", catalog.title());
        m.put("title", title);
        m.put("root", root);
        m.put("section", section);
        List<Object> envs = new ArrayList<>();
        for (var e : catalog.environments()) {
            envs.add(Map.of("name", e.name(), "title", e.title(), "href", root + SitePaths.environmentPage(e.name())));
        }
        m.put("environments", envs);
        return m;
    }
}
