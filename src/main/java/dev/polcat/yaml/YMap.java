package dev.polcat.yaml;

import dev.polcat.diag.SourcePos;
import java.util.List;
import java.util.Optional;

/** A mapping in source order. Keys are unique (the reader rejects duplicates). */
public record YMap(SourcePos pos, List<YEntry> entries) implements YNode {
    public YMap {
        entries = List.copyOf(entries);
    }

    public Optional<YNode> get(String key) {
        return entry(key).map(YEntry::value);
    }

    public Optional<YEntry> entry(String key) {
        for (YEntry e : entries) {
            if (e.key().equals(key)) return Optional.of(e);
        }
        return Optional.empty();
    }

    public List<String> keys() {
        return entries.stream().map(YEntry::key).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String describe() {
        return "a map";
    }
}
