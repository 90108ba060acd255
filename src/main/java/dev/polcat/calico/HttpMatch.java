package dev.polcat.calico;

import java.util.List;

/** Application-layer match: HTTP methods and paths (each path has exactly one of exact or prefix). */
public record HttpMatch(List<String> methods, List<HttpPath> paths) {
    public HttpMatch {
        methods = List.copyOf(methods);
        paths = List.copyOf(paths);
    }

    public record HttpPath(String exact, String prefix) {}
}
