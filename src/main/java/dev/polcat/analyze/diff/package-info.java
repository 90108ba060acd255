/**
 * The semantic diff of two catalog versions: resources, rules (paired by identity), flow verdicts
 * and caveats that changed, per environment, for review reports.
 */
package dev.polcat.analyze.diff;
