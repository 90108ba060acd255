package dev.polcat.render;

import dev.polcat.catalog.Host;
import dev.polcat.catalog.ParamValue;
import dev.polcat.catalog.ParameterDecl;
import dev.polcat.catalog.PolicyTemplate;
import dev.polcat.catalog.Profile;
import dev.polcat.net.Cidr;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the root data model of one render, fresh each time so that no template can change what
 * another sees. It holds plain values only: the policy's declared parameters (undeclared names are
 * undefined, so a typo is an error), {@code env}, {@code policy}, {@code hosts} and the {@code pc}
 * helpers.
 */
final class TemplateData {
    private static final Map<String, TemplateModel> FUNCTIONS = TemplateFunctions.all();

    private TemplateData() {}

    static Map<String, Object> of(Profile env, PolicyTemplate policy) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (ParameterDecl d : policy.doc().parameters()) {
            ParamValue v = env.value(policy.name(), d.name()).orElse(d.defaultValue());
            if (v != null) root.put(d.name(), typed(v.toTemplate()));
        }
        root.put("env", Map.of("name", env.name(), "title", env.title(), "description", env.description()));
        root.put("policy", Map.of("name", policy.name(), "title", policy.doc().title()));
        List<Object> hosts = new ArrayList<>();
        for (Host h : env.hosts()) {
            hosts.add(Map.of(
                    "name",
                    h.name(),
                    "interface",
                    h.interfaceName(),
                    "ips",
                    Cidr.texts(h.ips()),
                    "labels",
                    h.labels()));
        }
        root.put("hosts", hosts);
        root.put("pc", new SimpleHash(FUNCTIONS, null));
        return root;
    }

    /**
     * Booleans become {@link YamlOutputFormat#bool} so that {@code ${flag}} prints YAML true/false while
     * a string "true" is still printed as a (quoted) string; lists and maps are copied with their items.
     */
    private static Object typed(Object v) {
        if (v instanceof Boolean b) return YamlOutputFormat.bool(b);
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object item : l) out.add(typed(item));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k.toString(), typed(x)));
            return out;
        }
        return v;
    }
}
