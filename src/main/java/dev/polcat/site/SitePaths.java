package dev.polcat.site;

/** Where each page lives in the site, relative to its root. */
public final class SitePaths {
    private SitePaths() {}

    public static String policyPage(String policy) {
        return "policies/" + policy + ".html";
    }

    public static String environmentPage(String env) {
        return "environments/" + env + ".html";
    }
}
