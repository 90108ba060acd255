package dev.polcat.serve;

import dev.polcat.build.BuildRequest;
import java.net.InetAddress;
import java.time.Duration;

/**
 * How to serve: what to build, where to listen ({@code port} 0 picks a free one), and how long the
 * catalog must be quiet before a rebuild.
 */
public record ServeOptions(BuildRequest request, InetAddress bind, int port, Duration debounce) {
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(100);

    public static ServeOptions of(BuildRequest request, InetAddress bind, int port) {
        return new ServeOptions(request, bind, port, DEFAULT_DEBOUNCE);
    }
}
