package dev.polcat.analyze.flow;

/** How much of a flow (its addresses, ports, ICMP codes) a criterion matches. */
enum Coverage {
    NONE,
    SOME,
    ALL;

    /** Both criteria: the lesser coverage (two partial matches may in truth be disjoint; still SOME). */
    Coverage and(Coverage other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** The negated criterion ({@code notNets}, {@code notPorts}, ...). */
    Coverage negate() {
        return this == ALL ? NONE : this == NONE ? ALL : SOME;
    }

    /** One letter, for texts: {@code n}, {@code s}, {@code a}. */
    char letter() {
        return this == NONE ? 'n' : this == SOME ? 's' : 'a';
    }

    static Coverage of(boolean matches) {
        return matches ? ALL : NONE;
    }
}
