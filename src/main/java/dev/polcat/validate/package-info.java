/**
 * Checks rendered Calico resources offline against the union of Calico's Go validator and its CRD
 * schema and CEL rules, and flags template placeholders left in them, reporting each problem at its
 * Calico field path.
 */
package dev.polcat.validate;
