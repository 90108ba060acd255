/**
 * polcat serve: a local preview server that rebuilds the site when the catalog changes and reloads
 * the browser; it serves only the built site, on loopback unless told otherwise.
 */
package dev.polcat.serve;
