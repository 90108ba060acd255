package dev.polcat.calico.selector;

/** The kinds of token the {@link Lexer} produces. */
enum TokenKind {
    LABEL,
    STRING,
    LPAREN,
    RPAREN,
    LBRACE,
    RBRACE,
    COMMA,
    EQ,
    NE,
    CONTAINS,
    STARTS_WITH,
    ENDS_WITH,
    IN,
    NOT_IN,
    NOT,
    AND,
    OR,
    /** {@code has(}, with the parenthesis attached. */
    HAS_OPEN,
    /** {@code all(}, with the parenthesis attached. */
    ALL_OPEN,
    /** {@code global(}, with the parenthesis attached. */
    GLOBAL_OPEN,
    // The next four are never valid; the parser reports them with what it expected at that point.
    LONE_EQUALS,
    LONE_AMPERSAND,
    LONE_PIPE,
    UNEXPECTED_CHAR,
    EOF
}
