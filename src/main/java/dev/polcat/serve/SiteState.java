package dev.polcat.serve;

import dev.polcat.publish.Artifact;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One immutable snapshot of what the server serves: the files of the last good build (HTML already
 * prepared for serving), the 404 page, the build counter, and whether the latest build failed. The
 * server swaps whole snapshots, so a request never sees half of one build and half of another.
 */
final class SiteState {
    /** A response body with its type and CSP header. */
    record Resource(byte[] body, String contentType, String csp) {
        static Resource html(HtmlInjection.Injected page) {
            return new Resource(page.html().getBytes(StandardCharsets.UTF_8), ContentTypes.HTML, page.cspHeader());
        }
    }

    private final long version;
    private final Map<String, Resource> files;
    private final Resource notFound;
    private final boolean failed;
    private final boolean hasSite;

    private SiteState(long version, Map<String, Resource> files, Resource notFound, boolean failed, boolean hasSite) {
        this.version = version;
        this.files = files;
        this.notFound = notFound;
        this.failed = failed;
        this.hasSite = hasSite;
    }

    /**
     * @param site the last good build's artifacts, or null when no build has succeeded yet
     * @param overlay the error overlay while the latest build is failing, else null
     */
    static SiteState of(long version, List<Artifact> site, String overlay) {
        Map<String, Resource> files = new HashMap<>();
        Artifact own404 = null;
        if (site != null) {
            for (Artifact a : site) {
                if (a.path().equals("404.html")) own404 = a;
                String type = ContentTypes.of(a.path());
                if (ContentTypes.HTML.equals(type)) {
                    HtmlInjection.InjectedBytes page = HtmlInjection.inject(a.bytes(), version, overlay);
                    files.put(a.path(), new Resource(page.html(), type, page.cspHeader()));
                } else {
                    files.put(a.path(), new Resource(a.bytes(), type, ServeCsp.NON_HTML));
                }
            }
        }
        String notFoundHtml =
                own404 != null ? HtmlInjection.withRootBase(own404.asText()) : HtmlInjection.notFoundPage();
        Resource notFound = Resource.html(HtmlInjection.inject(notFoundHtml, version, overlay));
        if (site == null) { // nothing built yet: every address shows the errors
            notFound = Resource.html(
                    HtmlInjection.inject(HtmlInjection.errorPage(overlay == null ? "" : overlay), version, null));
        }
        return new SiteState(version, Map.copyOf(files), notFound, overlay != null, site != null);
    }

    /** Before the first build has finished. */
    static SiteState empty() {
        return new SiteState(
                0, Map.of(), Resource.html(HtmlInjection.inject(HtmlInjection.notFoundPage(), 0, null)), false, false);
    }

    long version() {
        return version;
    }

    /** The file at a site-relative path, or null. */
    Resource file(String path) {
        return files.get(path);
    }

    Resource notFound() {
        return notFound;
    }

    boolean failed() {
        return failed;
    }

    boolean hasSite() {
        return hasSite;
    }

    int size() {
        return files.size();
    }
}
