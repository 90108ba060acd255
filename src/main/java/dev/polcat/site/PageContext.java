package dev.polcat.site;

import dev.polcat.catalog.Profile;
import dev.polcat.analyze.Analysis;
import dev.polcat.analyze.EnvironmentAnalysis;
import dev.polcat.catalog.Catalog;
import dev.polcat.validate.ValidatedPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every page shares: the catalog title, navigation, the path back to the site root, and each
 * policy's published YAML (written once, shown on its policy page and downloaded).
 */
record PageContext(Catalog catalog, Analysis analysis, FileHeader header, Map<ValidatedPolicy, String> yamlTexts) {

    PageContext(Catalog catalog, Analysis analysis, FileHeader header) {
        this(catalog, analysis, header, java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
    }

    /** The policy's download file, as {@link YamlBundle} wrote it (or writes it now). */
    String yaml(ValidatedPolicy v) {
        String text = yamlTexts.get(v);
        return text != null ? text : YamlBundle.policyFile(header, v);
    }

    /** The environments in the order pages show them: natural order of their names (prod before prod-v6). */
    List<EnvironmentAnalysis> environments() {
        return analysis.environments().stream()
                .sorted(java.util.Comparator.comparing((EnvironmentAnalysis e) -> e.env().name(), NaturalOrder.INSTANCE)).toList();
    }

    List<Profile> environmentProfiles() {
        return catalog.environments().stream()
                .sorted(java.util.Comparator.comparing(Profile::name, NaturalOrder.INSTANCE)).toList();
    }

    Map<String, Object> base(String title, String root, String section) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("siteTitle", catalog.title());
        m.put("title", title);
        m.put("root", root);
        m.put("section", section);
        Map<String, Object> build = new LinkedHashMap<>();
        if (!PolcatVersion.get().isEmpty()) build.put("version", PolcatVersion.get());
        if (header.commit() != null) build.put("commit", header.commit());
        m.put("build", build);
        List<Object> envs = new ArrayList<>();
        for (var e : environmentProfiles()) {
            envs.add(Map.of("name", e.name(), "title", e.title(), "href", root + SitePaths.environmentPage(e.name())));
        }
        m.put("environments", envs);
        return m;
    }
}
