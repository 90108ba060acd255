package dev.polcat.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches what a build reads: {@code polcat.yaml}, and {@code profiles/} and {@code templates/} with every
 * folder below them (layouts, lib, assets), registering new folders as they appear. Links are never
 * followed. A burst of events (an editor's save, a git checkout) becomes one call of the listener once
 * the catalog has been quiet for the debounce interval (or at the latest after {@link #MAX_WAIT}).
 * Events and the listener run on one thread, so rebuilds never overlap; changes made during a rebuild
 * queue up and cause the next one.
 */
final class CatalogWatcher implements AutoCloseable {
    static final Set<String> WATCHED_AT_ROOT = Set.of("polcat.yaml", "profiles", "templates");
    private static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private final Path root;
    private final Duration debounce;
    private final WatchService ws;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final WatchEvent.Modifier[] modifiers;
    private volatile Thread thread;

    CatalogWatcher(Path root, Duration debounce) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.ws = this.root.getFileSystem().newWatchService();
        this.modifiers = sensitivity(ws);
        register(this.root);
        for (String name : WATCHED_AT_ROOT) registerTree(this.root.resolve(name));
    }

    /** Starts the watch thread; {@code onChange} receives a short description of what changed. */
    void start(Consumer<String> onChange) {
        Thread t = new Thread(() -> loop(onChange), "polcat-watch");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** How many folders are watched (for tests and the startup line). */
    int watchedFolders() {
        return dirs.size();
    }

    private void loop(Consumer<String> onChange) {
        try {
            while (true) {
                WatchKey key = ws.take();
                String changed = handle(key);
                long deadline = System.nanoTime() + MAX_WAIT.toNanos();
                // Debounce: keep collecting until the catalog has been quiet for a moment.
                while (System.nanoTime() < deadline) {
                    WatchKey next = ws.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
                    if (next == null) break;
                    String more = handle(next);
                    if (changed == null) changed = more;
                }
                if (changed != null) {
                    try {
                        onChange.accept(changed);
                    } catch (RuntimeException | StackOverflowError e) {
                        // the listener reports its own failures; never let one stop the watching
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Registers new folders; returns a changed path relevant to the build, or null if there was none. */
    private String handle(WatchKey key) {
        Path dir = dirs.get(key);
        String changed = null;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) { // events were lost: look at everything again
                for (String name : WATCHED_AT_ROOT) registerTree(root.resolve(name));
                changed = changed == null ? "(many files)" : changed;
                continue;
            }
            Path name = (Path) event.context();
            String n = name.toString();
            if (dir.equals(root) ? !WATCHED_AT_ROOT.contains(n) : ignored(n)) continue;
            Path child = dir.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS))
                registerTree(child);
            if (changed == null) changed = root.relativize(child).toString().replace('\\', '/');
        }
        if (!key.reset()) dirs.remove(key); // the folder is gone; its parent reported the deletion
        return changed;
    }

    /** Editors' temporary and backup files, which no build reads (and which the loader skips anyway). */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.equals("4913");
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            Files.walkFileTree(
                    top,
                    new SimpleFileVisitor<>() { // does not follow links
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                            if (!d.equals(top) && d.getFileName().toString().startsWith("."))
                                return FileVisitResult.SKIP_SUBTREE;
                            register(d);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException exc) {
                            return FileVisitResult.CONTINUE; // vanished or unreadable: the build will say so
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // the folder vanished while we looked at it; its deletion was reported
        }
    }

    private void register(Path dir) throws IOException {
        try {
            WatchKey key =
                    dir.register(ws, new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY}, modifiers);
            dirs.put(key, dir);
        } catch (ClosedWatchServiceException e) {
            // shutting down
        }
    }

    /**
     * Where the JDK has no native file events (macOS), it polls every 10 s unless asked for its "high"
     * sensitivity (2 s), which is a JDK-specific modifier; ask for it there, and nowhere else.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static WatchEvent.Modifier[] sensitivity(WatchService ws) {
        if (!ws.getClass().getName().contains("Polling")) return new WatchEvent.Modifier[0];
        try {
            Class<? extends Enum> c =
                    (Class<? extends Enum>) Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
            return new WatchEvent.Modifier[] {(WatchEvent.Modifier) Enum.valueOf(c, "HIGH")};
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return new WatchEvent.Modifier[0];
        }
    }

    @Override
    public void close() {
        try {
            ws.close();
        } catch (IOException e) {
            // nothing left to do
        }
        Thread t = thread;
        if (t != null) t.interrupt();
    }
}
