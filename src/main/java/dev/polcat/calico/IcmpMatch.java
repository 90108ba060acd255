package dev.polcat.calico;

/** ICMP type and code; either may be absent (null). */
public record IcmpMatch(Integer type, Integer code) {}
