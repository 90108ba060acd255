/**
 * The analysis results every later stage reads (Analysis, Finding, FlowCheck, ExposureRow) and the
 * plain-language explanation of rules; a leaf, so lints, verify and diff can share them without a cycle.
 */
package dev.polcat.analyze;
