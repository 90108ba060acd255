package dev.polcat.build;

/**
 * Hears how a build is going: each stage as it starts, renders as they finish, and each stage's time
 * when it ends. The CLI shows a progress line on a terminal and {@code --timings}; tests use {@link #NONE}.
 */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {};

    default void stageStarted(String stage, int total) {}

    default void progress(int done) {}

    default void stageFinished(String stage, long nanos) {}
}
