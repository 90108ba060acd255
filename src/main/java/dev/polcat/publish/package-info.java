/**
 * Writes what the site assembler made: Artifact values go to disk through SiteWriter, confined to the
 * output folder and swapped in atomically; SiteComparison checks a committed site instead.
 */
package dev.polcat.publish;
