/**
 * Replays observed traffic against versions of a catalog: each distinct observed flow is mapped to the
 * environment's hosts and workloads ({@link dev.polcat.analyze.impact.ReplayEndpoints}), simulated once per
 * version ({@link dev.polcat.analyze.impact.ReplaySide}), and the verdicts compared with each other and with
 * what the cluster recorded ({@link dev.polcat.analyze.impact.TrafficImpact}).
 */
package dev.polcat.analyze.impact;
