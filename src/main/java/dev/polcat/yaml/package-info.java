/**
 * A strict YAML reader that keeps every value's position and rejects duplicate keys, anchors and tags,
 * and an emitter for the YAML polcat writes.
 */
package dev.polcat.yaml;
