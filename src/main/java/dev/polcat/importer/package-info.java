/**
 * {@code polcat import}: a catalog from the policies running in clusters. Exports are read and checked
 * ({@link dev.polcat.importer.ExportReader}), matched across environments and turned into templates with a
 * parameter wherever environments differ ({@link dev.polcat.importer.TemplateSynth}), written as a catalog
 * ({@link dev.polcat.importer.CatalogFiles}), and built back to prove the round trip ({@link dev.polcat.importer.RoundTrip}).
 */
package dev.polcat.importer;
