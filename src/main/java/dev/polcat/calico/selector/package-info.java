/**
 * Calico label selectors: parses them exactly as Calico's libcalico-go does, evaluates them against
 * endpoint labels, and prints them in Calico's canonical form.
 */
package dev.polcat.calico.selector;
