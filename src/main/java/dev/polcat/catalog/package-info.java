/**
 * The catalog as loaded: profiles with hosts, workloads and expected flows, policy templates with
 * their declared parameters and docs; plain records that every stage reads.
 */
package dev.polcat.catalog;
