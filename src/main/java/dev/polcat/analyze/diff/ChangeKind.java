package dev.polcat.analyze.diff;

public enum ChangeKind {
    ADDED("added"),
    REMOVED("removed"),
    CHANGED("changed"),
    MOVED("moved");

    private final String word;

    ChangeKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
