package dev.polcat.site;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How the search index splits text into words and assigns words, networks and ports to shards. The
 * query side ({@code assets/search.js}) applies the same rules to what is typed, so both must change
 * together.
 */
final class SearchTerms {
    /** Words every rule's sentence has; as postings they would name every policy and find nothing. */
    private static final Set<String> COMMON = Set.of(
            "allow", "allows", "from", "to", "the", "this", "on", "of", "and", "or", "a", "an", "in", "any", "port",
            "ports", "host", "hosts", "is", "it", "its", "by", "for", "with");

    private SearchTerms() {}

    /**
     * Lower-case words of two or more characters, hyphenated names also by their parts; no numbers (ports
     * and networks are indexed as such). Words are runs of {@code [a-z0-9-]} without their outer hyphens.
     * Read by hand, not with regular expressions: a large catalog's index reads millions of rule sentences.
     */
    static Set<String> words(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(s.charAt(i))) i++;
            int from = i;
            while (i < n && wordChar(s.charAt(i))) i++;
            int to = i;
            while (from < to && s.charAt(from) == '-') from++;
            while (to > from && s.charAt(to - 1) == '-') to--;
            if (from == to) continue;
            String w = s.substring(from, to);
            add(out, w);
            if (w.indexOf('-') > 0) parts(out, w);
        }
        return out;
    }

    /** The parts of a hyphenated word between runs of hyphens (it has none at either end). */
    private static void parts(Set<String> out, String w) {
        int k = 0;
        while (k < w.length()) {
            int end = w.indexOf('-', k);
            if (end < 0) end = w.length();
            add(out, w.substring(k, end));
            k = end;
            while (k < w.length() && w.charAt(k) == '-') k++;
        }
    }

    private static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static void add(Set<String> out, String w) {
        if (w.length() >= 2 && hasLetter(w) && !COMMON.contains(w)) out.add(w);
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) >= 'a' && w.charAt(i) <= 'z') return true;
        return false;
    }

    /** A word's shard: its first two characters. */
    static String wordShard(String word) {
        return word.substring(0, 2);
    }

    /**
     * The shard of a canonical network, by its leading bits: {@code n4-10-30} for IPv4 /16 and longer,
     * {@code n4-10} for /8 to /15, {@code n4} for shorter; IPv6 likewise by its first one or two
     * 16-bit groups at /32 and /16. A query for an address loads its own three shards and no other.
     */
    static String netShard(String canonical) {
        int slash = canonical.indexOf('/');
        int prefix = Integer.parseInt(canonical.substring(slash + 1));
        byte[] b;
        try {
            b = InetAddress.getByName(canonical.substring(0, slash)).getAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(canonical, e);
        }
        if (b.length == 4) {
            return prefix >= 16 ? "n4-" + (b[0] & 255) + "-" + (b[1] & 255) : prefix >= 8 ? "n4-" + (b[0] & 255) : "n4";
        }
        String g0 = Integer.toHexString((b[0] & 255) << 8 | b[1] & 255);
        String g1 = Integer.toHexString((b[2] & 255) << 8 | b[3] & 255);
        return prefix >= 32 ? "n6-" + g0 + "-" + g1 : prefix >= 16 ? "n6-" + g0 : "n6";
    }

    /** The environments as hex digits, four environments a digit, environment 0 the lowest bit of the first. */
    static String hex(BitSet bits, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i += 4) {
            int d = 0;
            for (int j = 0; j < 4; j++) if (bits.get(i + j)) d |= 1 << j;
            b.append(Character.forDigit(d, 16));
        }
        return b.toString();
    }
}
