/**
 * The typed projectcalico.org/v3 model (and Kubernetes NetworkPolicy as Calico enforces it): policies,
 * rules, sets, endpoints and cluster configuration, read from and written to YAML with field positions.
 */
package dev.polcat.calico;
