package dev.polcat.load;

import dev.polcat.diag.SourcePos;
import dev.polcat.yaml.YMap;

/** A profile file as written, before {@code extends} is resolved. {@code parent} is "" for none. */
record RawProfile(String name, String file, YMap body, String parent, SourcePos parentPos) {}
