package dev.polcat.yaml;

import dev.polcat.diag.SourcePos;

/** A YAML value with the position it was read from. Only plain trees: no anchors, aliases or tags. */
public sealed interface YNode permits YMap, YList, YScalar {
    SourcePos pos();

    /** What the user would call this kind of value in an error message ("a map", "a list", "a number"). */
    String describe();
}
