/**
 * Renders policy templates with FreeMarker, locked down (no class access, time and size limits), and maps
 * template errors and rendered lines back to template positions.
 */
package dev.polcat.render;
