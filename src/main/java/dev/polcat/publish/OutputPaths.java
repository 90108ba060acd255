package dev.polcat.publish;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Checks output paths before anything is written: each segment is a plain name (lowercase letters,
 * digits, '.', '-', '_', not starting with a dot, not a Windows device name), so no path can climb out of
 * the output folder, hide, open a device, or collide on case-insensitive file systems.
 */
public final class OutputPaths {
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");
    /** Windows opens a device for these names whatever the extension ({@code nul.html}). */
    private static final Pattern DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private OutputPaths() {}

    public static boolean isSafe(String relative) {
        if (relative.isEmpty() || relative.length() > 1024) return false;
        for (String seg : relative.split("/", -1)) {
            if (!SEGMENT.matcher(seg).matches() || seg.contains("..")) return false;
            if (DEVICE.matcher(seg).matches()) return false;
        }
        return true;
    }

    /** The absolute target inside {@code root}, or an exception naming the refused path. */
    public static Path resolve(Path root, String relative) {
        if (!isSafe(relative)) {
            throw new IllegalArgumentException("refusing unsafe output path '" + relative + "'");
        }
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root))
            throw new IllegalArgumentException("output path escapes the output folder: " + relative);
        return p;
    }
}
