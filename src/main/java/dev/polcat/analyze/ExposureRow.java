package dev.polcat.analyze;

/** A service reachable on a host from a source network, and what allows it (a rule, or failsafe). */
public record ExposureRow(String host, String service, String from, String cidr, String allowedBy) {}
