package dev.polcat.analyze.diff;

/** One field that differs: its path and both values as displayed ("" when absent on that side). */
public record FieldChange(String path, String before, String after) {
    @Override
    public String toString() {
        return path + ": " + (before.isEmpty() ? "(none)" : before) + " → " + (after.isEmpty() ? "(none)" : after);
    }
}
