/** Detected caveats: one lint per finding, each with a stable id, run over every rendered policy. */
package dev.polcat.analyze.lint;
