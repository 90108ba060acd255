/**
 * Flow checks of an environment with the simulator: expected flows, the lockout guard, the exposure
 * report, and the systematic flow set whose verdict changes a review shows.
 */
package dev.polcat.analyze.verify;
