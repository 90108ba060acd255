package dev.polcat.cli;

import dev.polcat.diag.ControlChars;
import dev.polcat.diag.IoProblems;
import dev.polcat.yaml.YamlEmitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Create a new catalog in DIR that builds at once: polcat.yaml, profiles/base.yaml (abstract), "
                    + "profiles/dev.yaml (an environment with example networks and hosts), the failsafe policy "
                    + "(templates/policies/failsafe.yaml.ftl and failsafe.md), a README.md, and .vscode/settings.json "
                    + "pointing editors at the schemas polcat build writes to site/schema/.",
            "DIR must be new or empty unless --force is given; existing files are never overwritten."
        })
final class InitCommand implements Callable<Integer> {
    /** The files init creates, in the order it lists them. */
    static final List<String> FILES = List.of(
            "polcat.yaml",
            ".vscode/settings.json",
            "README.md",
            "profiles/base.yaml",
            "profiles/dev.yaml",
            "templates/policies/failsafe.md",
            "templates/policies/failsafe.yaml.ftl");

    static final String DEFAULT_TITLE = "Network policies";
    /** Points the YAML language server at the schemas polcat build writes to site/schema/. */
    static final String MODELINE = "# yaml-language-server: $schema=";

    private static final String RESOURCES = "/dev/polcat/init/catalog/";
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./@%+=:,-]+");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to create the catalog in.")
    Path dir;

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            defaultValue = DEFAULT_TITLE,
            description = "The catalog's title, shown on every page (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(
            names = "--force",
            description = "Also use a folder that is not empty: add the files that are missing, "
                    + "keep every file that exists.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String t = title.strip();
        if (t.isEmpty() || t.length() > 200 || t.codePoints().anyMatch(Character::isISOControl)) {
            return fail(err, "--title must be 1 to 200 characters on one line");
        }
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
                return fail(err, show(dir) + " exists and is not a folder");
            }
            if (Files.isDirectory(dir) && !isEmpty(dir) && !force) {
                return fail(
                        err,
                        show(dir) + " is not empty; init creates a catalog in a new or empty folder "
                                + "(--force adds the missing files to it and never overwrites a file)");
            }
            List<String> created = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (String rel : FILES) { // check everything before writing anything
                Path target = dir.resolve(rel);
                refuseLinkedFolders(dir, target.getParent());
                (Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? kept : created).add(rel);
            }
            Files.createDirectories(dir);
            for (String rel : created) {
                Path target = dir.resolve(rel);
                Files.createDirectories(target.getParent());
                refuseLinkedFolders(dir, target.getParent()); // created just now: still no link on the way
                Files.write(
                        target,
                        content(rel, t),
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            }
            report(out, created, kept);
            return ExitCode.OK.code();
        } catch (IOException e) {
            return fail(err, "cannot create the catalog in " + show(dir) + ": " + IoProblems.describe(e, dir));
        }
    }

    private void report(PrintWriter out, List<String> created, List<String> kept) {
        out.println(
                created.isEmpty()
                        ? "nothing to create in " + show(dir) + ": every file is already there"
                        : "created a polcat catalog in " + show(dir) + ":");
        for (String f : created) out.println("  " + f);
        if (!kept.isEmpty()) {
            out.println("kept, already there (not overwritten):");
            for (String f : kept) out.println("  " + f);
        }
        String c = catalogArg(dir);
        out.println();
        out.println("next steps:");
        out.println("  polcat build" + c + "    render, validate and write the site into " + show(dir.resolve("site"))
                + "/");
        out.println("  polcat serve" + c + "    preview the site at http://127.0.0.1:8000/, rebuilt as you edit");
        out.println();
        out.println("The networks, etcd servers and hosts in profiles/dev.yaml are examples: replace them with yours");
        out.println("before you apply anything (see README.md).");
        out.flush();
    }

    static byte[] content(String rel, String title) throws IOException {
        if (rel.equals("polcat.yaml")) {
            return (MODELINE + "site/schema/polcat.schema.json\n"
                            + "# The catalog's title, shown on every page of the site.\ntitle: " + yamlString(title)
                            + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try (InputStream in = InitCommand.class.getResourceAsStream(RESOURCES + rel)) {
            if (in == null) throw new IOException("missing bundled file " + rel);
            return in.readAllBytes();
        }
    }

    /** A YAML double-quoted scalar (a JSON string is one): always a string, whatever the text. */
    static String yamlString(String s) {
        return YamlEmitter.quote(s);
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
            return !s.iterator().hasNext();
        }
    }

    /** No folder between DIR and the file may be a link: the files must land inside DIR. */
    private static void refuseLinkedFolders(Path root, Path folder) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        for (Path p = folder.toAbsolutePath().normalize();
                p != null && p.startsWith(r) && !p.equals(r);
                p = p.getParent()) {
            if (Files.isSymbolicLink(p)
                    || (Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                            && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
                throw new IOException(p + " is a link or not a folder; refusing to write through it");
            }
        }
    }

    /**
     * {@code " -C DIR"} as a shell word that pastes back as exactly DIR, or nothing for the current folder.
     * Plain words stay bare; anything else is single-quoted; a name with control characters (a newline
     * would end the pasted command, an ESC would recolour the terminal) is written in bash/zsh ANSI-C
     * quoting, {@code $'...'}, where every such character is an escape. A leading '-' gets "./" so the
     * folder is not read as an option.
     */
    static String catalogArg(Path dir) {
        String d = dir.normalize().toString();
        if (d.isEmpty() || d.equals(".")) return "";
        if (d.startsWith("-")) d = "./" + d;
        if (PLAIN_WORD.matcher(d).matches()) return " -C " + d;
        if (ControlChars.isPrintable(d)) return " -C '" + d.replace("'", "'\\''") + "'";
        StringBuilder b = new StringBuilder(" -C $'");
        d.codePoints().forEach(c -> {
            if (c == '\\' || c == '\'') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (!ControlChars.isUnsafe(c)) {
                b.appendCodePoint(c);
            } else {
                b.append(c < 0x80 ? String.format("\\x%02x", c) : String.format("\\u%04x", c));
            }
        });
        return b.append('\'').toString();
    }

    private static String show(Path p) {
        return ControlChars.escape(p.toString()); // one value on one line: tabs escaped too
    }

    private static int fail(PrintWriter err, String message) {
        err.println("polcat: error: " + message);
        err.flush();
        return ExitCode.INPUT.code();
    }
}
