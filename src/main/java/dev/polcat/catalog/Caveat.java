package dev.polcat.catalog;

/** A caveat written by the policy's author (Markdown text). */
public record Caveat(String title, String text) {}
