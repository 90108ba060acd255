/**
 * The pipeline in one place: Build runs load, render, validate, analyze and site assembly in order
 * and stops after a stage that reported errors; it writes nothing, the commands decide.
 */
package dev.polcat.build;
