/**
 * The spec types of Calico's cluster configuration resources (FelixConfiguration, BGPConfiguration,
 * BGPPeer), kept apart from the policy model because only their checked fields are typed.
 */
package dev.polcat.calico.cluster;
