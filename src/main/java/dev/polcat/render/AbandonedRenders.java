package dev.polcat.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders that passed their deadline inside a single FreeMarker built-in (a catastrophic regular
 * expression, a lambda over an endless range), where no interruption check runs. Without {@code
 * Thread.stop} (gone from Java 20) such a thread cannot be stopped: the build reports the timeout and goes
 * on, and a one-shot command exits, which ends it. A long-running process ({@code serve}) asks here whether
 * one of its renders is still spinning, so that it can stop instead of keeping a CPU core busy.
 */
public final class AbandonedRenders {
    private record Abandoned(long serial, Thread thread, String where) {}

    private static final List<Abandoned> ABANDONED = new ArrayList<>();
    private static long serials;

    private AbandonedRenders() {}

    /** {@code where} is the template position the watchdog saw ({@code policies/x.yaml.ftl:3:1}), or "". */
    static synchronized void add(Thread thread, String where) {
        ABANDONED.add(new Abandoned(++serials, thread, where));
    }

    /** A mark to pass to {@link #stillRunningSince}: renders abandoned before it are not asked about. */
    public static synchronized long mark() {
        return serials;
    }

    /**
     * Where each render abandoned after {@code mark} and still running was stuck, oldest first ("" when
     * unknown); renders that have ended are forgotten.
     */
    public static synchronized List<String> stillRunningSince(long mark) {
        ABANDONED.removeIf(a -> !a.thread().isAlive());
        return ABANDONED.stream()
                .filter(a -> a.serial() > mark)
                .map(Abandoned::where)
                .toList();
    }
}
