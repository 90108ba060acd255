package dev.polcat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** `polcat --version`: the version and the commit the jar was built from (build.properties, filled in by Maven). */
final class VersionProvider implements CommandLine.IVersionProvider {
    static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        Properties p = buildProperties();
        return new String[] {"polcat " + value(p, "version") + " (commit " + value(p, "commit") + ")"};
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/polcat/build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A value Maven could not fill in (no git, built from a source archive) stays "${...}": report it as unknown. */
    static String value(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
    }
}
