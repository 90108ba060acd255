/** IP addresses and networks: strict parsing in the notations Calico accepts, containment and overlap. */
package dev.polcat.net;
