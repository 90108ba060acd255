package dev.polcat.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The polcat version the site names in its footer (from build.properties, which Maven fills in). */
final class PolcatVersion {
    private static final String VERSION = read();

    private PolcatVersion() {}

    /** {@code 0.1.0}, or "" when the jar was built without Maven's resource filtering. */
    static String get() {
        return VERSION;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = PolcatVersion.class.getResourceAsStream("/dev/polcat/build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "";
        }
        String v = p.getProperty("version", "").strip();
        return v.contains("${") ? "" : v;
    }
}
