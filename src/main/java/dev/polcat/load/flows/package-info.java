/**
 * Reads observed traffic — Goldmane (Calico Open Source) flows, Calico Enterprise flow logs, plain CSV/TSV
 * flow lists — into {@link dev.polcat.load.flows.ObservedFlow}s, identical keys aggregated with their
 * connection counts. The entry point is {@link dev.polcat.load.flows.FlowLogReader}.
 */
package dev.polcat.load.flows;
