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
                int c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
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

    /** By value, however long (no overflow), then fewer leading zeros first so that the order is total. */
    private static int compareNumbers(String x, String y) {
        String sx = x.replaceFirst("^0+(?=.)", "");
        String sy = y.replaceFirst("^0+(?=.)", "");
        int c = Integer.compare(sx.length(), sy.length());
        if (c == 0) c = sx.compareTo(sy);
        return c != 0 ? c : Integer.compare(x.length(), y.length());
    }
}
