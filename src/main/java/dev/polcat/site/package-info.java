/**
 * Assembles the documentation site from the analysed catalog as Artifact values (pages, YAML bundles,
 * search index, environment zips); layouts may override the built-in FreeMarker pages.
 */
package dev.polcat.site;
