package dev.polcat.analyze.flow;

import java.util.Arrays;

/**
 * Rules by id, each with how much of a flow it covers (a {@link Coverage} ordinal); the rules not listed
 * cover none of it.
 */
final class RuleCovers {
    final int[] ids;
    final byte[] covers;
    private final int hash;

    RuleCovers(int[] ids, byte[] covers) {
        this.ids = ids;
        this.covers = covers;
        this.hash = 31 * Arrays.hashCode(ids) + Arrays.hashCode(covers);
    }

    boolean partial() {
        for (byte c : covers) if (c == Coverage.SOME.ordinal()) return true;
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof RuleCovers c
                        && c.hash == hash
                        && Arrays.equals(c.ids, ids)
                        && Arrays.equals(c.covers, covers);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ids.length; i++)
            b.append(' ').append(ids[i]).append(':').append(Coverage.values()[covers[i]].letter());
        return b.toString();
    }
}
