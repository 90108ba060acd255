package dev.polcat.render;

import java.io.IOException;
import java.io.Writer;

/** A StringBuilder writer (no StringBuffer locking) that refuses to grow past a cap, so a template cannot print gigabytes. */
public final class LimitedWriter extends Writer {
    public static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(int max) {
            super("output is larger than " + max + " characters");
        }
    }

    /** Hears the output offset before each write: how a render learns which element wrote what. */
    public interface Marks {
        void mark(int offset);
    }

    private static final Marks NONE = offset -> {};

    private final StringBuilder out = new StringBuilder();
    private final int max;
    private final Marks marks;

    public LimitedWriter(int max) {
        this(max, NONE);
    }

    public LimitedWriter(int max, Marks marks) {
        this.max = max;
        this.marks = marks;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (out.length() + len > max) throw new LimitExceeded(max);
        marks.mark(out.length());
        out.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (out.length() + len > max) throw new LimitExceeded(max);
        marks.mark(out.length());
        out.append(str, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return out.toString();
    }
}
