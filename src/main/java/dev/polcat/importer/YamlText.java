package dev.polcat.importer;

import dev.polcat.diag.ControlChars;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes plain values as YAML that polcat's strict reader reads back to the same value: plain scalars only
 * where no YAML 1.1 reader could take them for anything else, double quotes otherwise. Text that FreeMarker
 * would interpret is wrapped in noparse when written into a template.
 */
final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
    private static final Pattern ADDRESS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}(/[0-9]{1,2})?");
    private static final Set<String> RESERVED =
            Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", ".nan", "inf", ".inf");
    private static final List<String> TEMPLATE_SYNTAX = List.of("${", "#{", "<#", "</#", "[#", "[/#", "<@", "[@", "[=");

    private YamlText() {}

    static String scalar(Object v) {
        if (v == null) return "null";
        if (v instanceof Boolean || v instanceof Long) return v.toString();
        if (v instanceof BigDecimal d) return d.toPlainString();
        String s = (String) v;
        if ((PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT)))
                || ADDRESS.matcher(s).matches()) {
            return s;
        }
        return ControlChars.quoted(s);
    }

    /** One-line YAML of any value (flow style). */
    static String flow(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            String sep = "";
            for (var e : m.entrySet()) {
                b.append(sep).append(scalar(e.getKey())).append(": ").append(flow(e.getValue()));
                sep = ", ";
            }
            return b.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            String sep = "";
            for (Object i : l) {
                b.append(sep).append(flow(i));
                sep = ", ";
            }
            return b.append(']').toString();
        }
        return scalar(v);
    }

    /** Text for a template: flow YAML, with FreeMarker syntax in values kept from being interpreted. */
    static String forTemplate(String yaml) {
        if (TEMPLATE_SYNTAX.stream().noneMatch(yaml::contains)) return yaml;
        if (yaml.contains("</#noparse>")) throw new IllegalArgumentException("value contains </#noparse>");
        return "<#noparse>" + yaml + "</#noparse>";
    }

    static boolean isScalarList(Object v) {
        return v instanceof List<?> l && l.stream().noneMatch(i -> i instanceof Map || i instanceof List);
    }
}
