package dev.polcat.calico.selector;

/**
 * One token of selector text: {@code [start, end)} are char indexes into the text. {@code value} is the
 * label name for {@link TokenKind#LABEL}, the unquoted contents for {@link TokenKind#STRING}, else "".
 */
record Token(TokenKind kind, int start, int end, String value) {}
