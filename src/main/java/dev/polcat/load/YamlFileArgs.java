package dev.polcat.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files behind {@code validate FILE|DIR} and {@code explain FILE|DIR}: a named file as it is, and a
 * folder's {@code *.yaml}/{@code *.yml} files, sorted, dot-files left out. Symbolic links inside a folder
 * are listed too, marked, so the command can report each one: {@code calicoctl apply -f DIR} and
 * {@code kubectl apply -f DIR} follow them, so a link to an invalid policy (or to a file outside the
 * folder) must not pass the gate unseen.
 */
public final class YamlFileArgs {
    /** One path to check; {@code isLink} when it is a symbolic link found in a folder. */
    public record Found(Path path, boolean isLink) {}

    public static final String LINK_MESSAGE = "refusing to follow a symbolic link";
    public static final String LINK_HINT =
            "calicoctl and kubectl apply -f DIR follow it: commit the file itself, or validate the target by name";

    private YamlFileArgs() {}

    public static List<Found> expand(Path arg) throws IOException {
        if (!Files.isDirectory(arg, LinkOption.NOFOLLOW_LINKS)) return List.of(new Found(arg, false));
        try (Stream<Path> walk = Files.walk(arg)) {
            return walk.filter(p -> !p.equals(arg))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p ->
                            Files.isSymbolicLink(p) || isYaml(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .map(p -> new Found(p, Files.isSymbolicLink(p)))
                    .toList();
        }
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
