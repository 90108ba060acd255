package dev.polcat.diag;

/**
 * A place in an input or generated file. {@code file} is the path as the user should see it, usually
 * relative to the catalog root; line and column are 1-based, 0 when unknown.
 */
public record SourcePos(String file, int line, int col) implements Comparable<SourcePos> {

    public static SourcePos of(String file) {
        return new SourcePos(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    public SourcePos withFile(String newFile) {
        return new SourcePos(newFile, line, col);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        return col > 0 ? file + ":" + line + ":" + col : file + ":" + line;
    }
}
