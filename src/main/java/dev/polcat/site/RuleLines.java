package dev.polcat.site;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each rule starts in a published YAML file, so the rules table can link to its lines
 * ({@code failsafe spec.ingress[0]} → 21). Reads the canonical layout {@code CalicoYamlWriter} writes —
 * {@code metadata:} then {@code name:} at two spaces, {@code ingress:}/{@code egress:} at two spaces,
 * rules as {@code "    - "} items — rather than parsing the YAML again for every page.
 */
final class RuleLines {
    private final Map<String, Integer> lines = new HashMap<>();

    RuleLines(String yaml) {
        String name = "";
        String direction = "";
        boolean inMetadata = false;
        int index = 0;
        String[] text = yaml.split("\n", -1);
        for (int i = 0; i < text.length; i++) {
            String l = text[i];
            if (l.equals("---")) {
                name = "";
                direction = "";
            } else if (l.equals("metadata:")) {
                inMetadata = true;
            } else if (inMetadata && l.startsWith("  name: ")) {
                name = unquote(l.substring(8));
                inMetadata = false;
            } else if (l.equals("  ingress:") || l.equals("  egress:")) {
                direction = l.strip().replace(":", "");
                index = 0;
            } else if (!l.startsWith("    ") && !l.isEmpty()) {
                direction = l.startsWith("  ") ? "" : direction;
            } else if (!direction.isEmpty() && l.startsWith("    - ")) {
                lines.put(name + " spec." + direction + "[" + index++ + "]", i + 1);
            }
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'")) ? s.substring(1, s.length() - 1) : s;
    }

    /** The 1-based line where the rule starts, or 0 when unknown. */
    int line(String resource, String path) {
        return lines.getOrDefault(resource + " " + path, 0);
    }
}
