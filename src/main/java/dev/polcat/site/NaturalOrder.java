package dev.polcat.site;

import java.util.Comparator;

/**
 * Names as people sort them: runs of digits compare by value ({@code env2} before {@code env10},
 * {@code tcp/22} before {@code tcp/179}) and a name before its own longer variants ({@code prod} before
 * {@code prod-v6}, which sorting file names puts the other way round because '-' sorts before '.').
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = compareNumbers(a, i, ei, b, j, ej);
                if (c != 0) return c;
                i = ei;
                j = ej;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
        return k;
    }

    /**
     * The digit runs {@code a[ai, ae)} and {@code b[bi, be)} by value, however long (no overflow), then fewer
     * leading zeros first so that the order is total. Sorting calls this for every pair, so it reads the
     * runs in place.
     */
    private static int compareNumbers(String a, int ai, int ae, String b, int bi, int be) {
        int sa = skipZeros(a, ai, ae);
        int sb = skipZeros(b, bi, be);
        int c = Integer.compare(ae - sa, be - sb);
        for (int k = 0; c == 0 && k < ae - sa; k++) c = Character.compare(a.charAt(sa + k), b.charAt(sb + k));
        return c != 0 ? c : Integer.compare(ae - ai, be - bi);
    }

    /** The start of the run without its leading zeros, keeping the last digit ({@code 000} is {@code 0}). */
    private static int skipZeros(String s, int from, int end) {
        int k = from;
        while (k < end - 1 && s.charAt(k) == '0') k++;
        return k;
    }
}
