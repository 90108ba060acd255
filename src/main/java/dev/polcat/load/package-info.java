/**
 * Reads a catalog from disk (the only stage that reads input): polcat.yaml, profiles merged over their
 * parents and bound to declared parameter types, templates and policy docs, each value with its position.
 */
package dev.polcat.load;
