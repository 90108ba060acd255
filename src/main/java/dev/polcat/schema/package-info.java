/**
 * Editor support: JSON Schemas (Draft 2020-12) for profiles, policy-doc front matter and polcat.yaml,
 * made from the catalog's own declarations, so the YAML language server shows polcat's mistakes while
 * the author types. {@code polcat validate} stays the authority for what a schema cannot express.
 */
package dev.polcat.schema;
