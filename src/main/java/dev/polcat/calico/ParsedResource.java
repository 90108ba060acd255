package dev.polcat.calico;

/** A resource read from YAML, with where each of its fields was written. */
public record ParsedResource(CalicoResource resource, PositionIndex positions) {}
