package dev.polcat.catalog;

/**
 * One policy of the catalog: its name (the file stem), its FreeMarker template (path relative to the
 * catalog's templates folder, as FreeMarker names it) and its documentation.
 */
public record PolicyTemplate(String name, String templateName, String templateFile, PolicyDoc doc) {}
