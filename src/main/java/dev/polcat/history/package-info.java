/**
 * Each policy's history from git (build --history): builds consecutive revisions of the catalog and
 * summarises what changed per environment with the diff engine, cached by commit.
 */
package dev.polcat.history;
