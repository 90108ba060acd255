/**
 * Problems in the input as values: Diagnostic with code, position and hint, collected in Diagnostics,
 * printed compiler-style by DiagnosticPrinter; plus the escapers every printer uses.
 */
package dev.polcat.diag;
