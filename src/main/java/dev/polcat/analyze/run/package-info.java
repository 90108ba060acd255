/**
 * Runs the analysis of a build (Analyzer) and of a single policy (PolicyExplanation): explanations,
 * lints and flow checks together; the only analyze package that sees lint and verify both.
 */
package dev.polcat.analyze.run;
