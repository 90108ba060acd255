package dev.polcat.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one resource, as each environment has it, into a FreeMarker template: what all environments share is
 * written literally; where they differ there is a parameter, typed from the field ({@code cidr[]} for nets,
 * {@code port[]} for ports, {@code selector} for selectors, ...); a list item (a rule) or a field that only
 * some environments have is wrapped in {@code <#if>} on a bool parameter. List items are matched across
 * environments by their shape (action, protocol, which fields they have), keeping every environment's order.
 */
final class TemplateSynth {
    /** A parameter the template needs: its proposed name, polcat type, and each environment's value. */
    record Param(String name, String type, Map<String, Object> values) {}

    record Synth(String template, List<Param> params) {}

    private static final Pattern PORT_RANGE = Pattern.compile("[0-9]{1,5}(:[0-9]{1,5})?");
    private final List<Param> params = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final List<String> envs;
    /** The services of the rules being written, innermost last: a rule's networks are named after its service. */
    private final List<String> services = new ArrayList<>();

    private TemplateSynth(List<String> envs) {
        this.envs = envs;
    }

    /** {@code byEnv}: the resource's tree per environment, in the order environments were given. */
    static Synth synth(String paramPrefix, Map<String, Map<String, Object>> byEnv) {
        TemplateSynth s = new TemplateSynth(List.copyOf(byEnv.keySet()));
        Map<String, Object> values = new LinkedHashMap<>(byEnv);
        s.map(values, "", "", paramPrefix);
        return new Synth(s.out.toString(), List.copyOf(s.params));
    }

    /** A map's entries at {@code indent}; the first line starts with {@code first} (e.g. "- ") instead of spaces. */
    @SuppressWarnings("unchecked")
    private void map(Map<String, Object> byEnv, String indent, String first, String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (Object m : byEnv.values()) keys.addAll(((Map<String, Object>) m).keySet());
        List<String> ordered = new ArrayList<>();
        for (String k : keys) if (inAll(byEnv, k)) ordered.add(k);
        for (String k : keys) if (!inAll(byEnv, k)) ordered.add(k);
        String prefix = first;
        if (!first.isEmpty() && (ordered.isEmpty() || !inAll(byEnv, ordered.get(0)))) {
            out.append(indent)
                    .append(first.strip())
                    .append(ordered.isEmpty() ? " {}" : "")
                    .append('\n');
            prefix = "";
        }
        String inner = indent + " ".repeat(first.length());
        for (String k : ordered) {
            Map<String, Object> values = new LinkedHashMap<>();
            byEnv.forEach((env, m) -> {
                Map<String, Object> mm = (Map<String, Object>) m;
                if (mm.containsKey(k)) values.put(env, mm.get(k));
            });
            String childName = k.equals("spec") ? name : name + capital(k);
            String lineStart = prefix.isEmpty() ? inner : indent + prefix;
            boolean optional = values.size() < byEnv.size();
            if (optional)
                out.append("<#if ")
                        .append(flag(childName, byEnv.keySet(), values.keySet()))
                        .append(">\n");
            entry(YamlText.scalar(k), values, lineStart, inner, childName);
            if (optional) out.append("</#if>\n");
            prefix = "";
        }
    }

    /** One "key: value" entry: literal when every environment agrees, a parameter or nested structure if not. */
    @SuppressWarnings("unchecked")
    private void entry(String key, Map<String, Object> values, String lineStart, String inner, String name) {
        Object one = values.values().iterator().next();
        boolean same = values.values().stream().allMatch(v -> Objects.equals(v, one));
        if (same) {
            literal(key, one, lineStart, inner);
        } else if (values.values().stream().allMatch(v -> v instanceof Map)) {
            out.append(lineStart).append(key).append(":\n");
            map(values, inner + "  ", "", name);
        } else if (values.values().stream()
                .allMatch(v ->
                        v instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(i -> i instanceof Map))) {
            out.append(lineStart).append(key).append(":\n");
            items((Map<String, Object>) (Map<String, ?>) values, inner + "  ", name);
        } else {
            boolean list = values.values().stream().allMatch(v -> v instanceof List);
            String service = services.isEmpty() ? null : services.get(services.size() - 1);
            String p = param(
                    ParamNames.of(name, service, list).filter(this::free).orElse(decapital(name)),
                    lastKey(name),
                    values);
            out.append(lineStart).append(key).append(": ${pc.flow(").append(p).append(")}\n");
        }
    }

    private void literal(String key, Object v, String lineStart, String inner) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append(lineStart).append(key).append(":\n");
            @SuppressWarnings("unchecked")
            Map<String, Object> single = new LinkedHashMap<>(Map.of(envs.get(0), (Object) m));
            map(single, inner + "  ", "", "");
        } else if (v instanceof List<?> l && !l.isEmpty() && !YamlText.isScalarList(l)) {
            out.append(lineStart).append(key).append(":\n");
            for (Object item : l) {
                Map<String, Object> single = new LinkedHashMap<>();
                single.put(envs.get(0), item);
                element(single, inner + "  ", "");
            }
        } else {
            out.append(lineStart)
                    .append(key)
                    .append(": ")
                    .append(YamlText.forTemplate(YamlText.flow(v)))
                    .append('\n');
        }
    }

    private void element(Map<String, Object> byEnv, String indent, String name) {
        Object one = byEnv.values().iterator().next();
        if (one instanceof Map<?, ?>) {
            map(byEnv, indent, "- ", name);
        } else {
            out.append(indent)
                    .append("- ")
                    .append(YamlText.forTemplate(YamlText.flow(one)))
                    .append('\n');
        }
    }

    /** A list of maps (rules, ports of a host endpoint) that differs: items matched by shape across environments. */
    @SuppressWarnings("unchecked")
    private void items(Map<String, Object> byEnv, String indent, String name) {
        List<Aligned> merged = new ArrayList<>();
        for (var e : byEnv.entrySet()) merged = ListAlignment.merge(merged, e.getKey(), (List<Object>) e.getValue());
        int n = 0;
        for (Aligned a : merged) {
            n++;
            String itemName = itemName(name, n, a);
            boolean optional = a.values().size() < byEnv.size();
            if (optional)
                out.append("<#if ")
                        .append(flag(itemName, byEnv.keySet(), a.values().keySet()))
                        .append(">\n");
            String service = sameService(a.values().values());
            if (service != null) services.add(service);
            element(a.values(), indent, itemName);
            if (service != null) services.remove(services.size() - 1);
            if (optional) out.append("</#if>\n");
        }
    }

    /** A rule named by its polcat.dev/rule annotation keeps that name; others are numbered in their list. */
    private static String itemName(String listName, int n, Aligned a) {
        Object any = a.values().values().iterator().next();
        if (any instanceof Map<?, ?> m
                && m.get("metadata") instanceof Map<?, ?> meta
                && meta.get("annotations") instanceof Map<?, ?> ann
                && ann.get("polcat.dev/rule") instanceof String r) {
            return camel(r);
        }
        return listName + n;
    }

    private String flag(String name, Set<String> all, Set<String> on) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String env : all) values.put(env, on.contains(env));
        params.add(new Param(decapital(name) + "Enabled", "bool", values));
        return decapital(name) + "Enabled";
    }

    private String param(String p, String field, Map<String, Object> values) {
        params.add(new Param(p, type(field, values.values()), new LinkedHashMap<>(values)));
        return p;
    }

    /** A meaningful name is used once per template; a second rule of the same service keeps its positional name. */
    private boolean free(String name) {
        return params.stream().noneMatch(p -> p.name().equals(name));
    }

    /** The service every environment's version of a rule names, or null (not a rule, or they differ). */
    private static String sameService(java.util.Collection<Object> rules) {
        Set<String> found = new java.util.HashSet<>();
        for (Object r : rules) found.add(ParamNames.service(r));
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The polcat parameter type for a field's values: from the field's name first, then from the values. */
    static String type(String field, java.util.Collection<Object> values) {
        boolean lists = values.stream().allMatch(v -> v instanceof List<?> l && YamlText.isScalarList(l));
        List<Object> items = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof List<?> l) items.addAll(l);
            else items.add(v);
        }
        String item;
        if ((field.equals("Nets") || field.equals("NotNets"))
                && items.stream().allMatch(i -> i instanceof String s && s.contains("/"))) {
            item = "cidr";
        } else if ((field.endsWith("Ports") || field.equals("Port"))
                && items.stream().allMatch(TemplateSynth::isPort)) {
            item = "port";
        } else if (field.endsWith("Selector") && items.stream().allMatch(i -> i instanceof String)) {
            item = "selector";
        } else if (items.stream().allMatch(i -> i instanceof Long)) {
            item = "int";
        } else if (items.stream().allMatch(i -> i instanceof Boolean)) {
            item = "bool";
        } else {
            item = "string";
        }
        return lists ? item + "[]" : item;
    }

    private static boolean isPort(Object i) {
        if (i instanceof Long l) return l >= 1 && l <= 65535;
        return i instanceof String s && PORT_RANGE.matcher(s).matches() && s.contains(":");
    }

    private static boolean inAll(Map<String, Object> byEnv, String key) {
        return byEnv.values().stream().allMatch(m -> ((Map<?, ?>) m).containsKey(key));
    }

    private static String lastKey(String name) {
        int i = name.length() - 1;
        while (i > 0 && !Character.isUpperCase(name.charAt(i))) i--;
        if (i > 0 && name.substring(0, i).endsWith("Not")) i -= 3;
        return name.substring(Math.max(i, 0));
    }

    static String camel(String s) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return decapital(b.toString());
    }

    static String capital(String s) {
        String c = camel(s);
        return c.isEmpty() ? c : Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }

    static String decapital(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigDecimal;
    }
}
