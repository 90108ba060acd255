package dev.polcat.publish;

import java.nio.charset.StandardCharsets;

/** One output file: a path relative to the output folder (forward slashes) and its exact bytes. */
public record Artifact(String path, byte[] bytes) {
    public static Artifact text(String path, String content) {
        return new Artifact(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public String asText() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
