package dev.polcat.importer;

import java.util.Map;

/** One item of a list as the environments that have it hold it (env -> item), in the merged order. */
record Aligned(Object shape, Map<String, Object> values) {}
