package dev.polcat.yaml;

import dev.polcat.diag.SourcePos;

public record YEntry(String key, SourcePos keyPos, YNode value) {}
