package dev.polcat.report;

import java.util.Locale;

/** Counted nouns for people: {@code 1 connection}, {@code 2,214 connections}. */
public final class Counts {
    private Counts() {}

    public static String of(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? noun : noun + "s");
    }
}
