package dev.polcat.yaml;

import dev.polcat.diag.SourcePos;
import java.util.List;

public record YList(SourcePos pos, List<YNode> items) implements YNode {
    public YList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
