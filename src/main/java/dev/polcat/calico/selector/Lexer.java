package dev.polcat.calico.selector;

/**
 * Splits selector text into tokens on demand, following Calico's tokenizer: whitespace is only space and
 * tab; {@code contains}, {@code in}, {@code not in}, {@code starts with} and {@code ends with} are
 * operators only right after a label and only when they end at a word boundary; {@code has(}, {@code all(}
 * and {@code global(} need the parenthesis attached.
 *
 * <p>Tokens are produced lazily so that the parser reports the leftmost problem in the text. Characters
 * that can never start a token become {@link TokenKind#UNEXPECTED_CHAR} tokens rather than errors, so the
 * parser can say what it expected there.
 */
final class Lexer {

    private static final int MAX_FOUND_LENGTH = 40;

    private final String text;
    private int pos;
    private boolean afterLabel;

    Lexer(String text) {
        this(text, 0);
    }

    private Lexer(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '.'
                || c == '/'
                || c == '-';
    }

    static boolean isValidLabel(String label) {
        if (label.isEmpty() || label.length() > Selector.MAX_LABEL_LENGTH) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (!isLabelChar(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t';
    }

    Token next() throws SelectorParseException {
        pos = skipWhitespace(pos);
        Token token = scan(pos);
        pos = token.end();
        afterLabel = token.kind() == TokenKind.LABEL;
        return token;
    }

    int skipWhitespace(int from) {
        int p = from;
        while (p < text.length() && isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private Token scan(int start) throws SelectorParseException {
        if (start == text.length()) {
            return new Token(TokenKind.EOF, start, start, "");
        }
        char c = text.charAt(start);
        switch (c) {
            case '(':
                return symbol(TokenKind.LPAREN, start, 1);
            case ')':
                return symbol(TokenKind.RPAREN, start, 1);
            case '{':
                return symbol(TokenKind.LBRACE, start, 1);
            case '}':
                return symbol(TokenKind.RBRACE, start, 1);
            case ',':
                return symbol(TokenKind.COMMA, start, 1);
            case '"':
            case '\'':
                return quoted(start, c);
            case '=':
                return pair(start, '=', TokenKind.EQ, TokenKind.LONE_EQUALS);
            case '!':
                return pair(start, '=', TokenKind.NE, TokenKind.NOT);
            case '&':
                return pair(start, '&', TokenKind.AND, TokenKind.LONE_AMPERSAND);
            case '|':
                return pair(start, '|', TokenKind.OR, TokenKind.LONE_PIPE);
            default:
                break;
        }
        if (afterLabel) {
            Token operator = operatorWord(start);
            if (operator != null) {
                return operator;
            }
        }
        if (isLabelChar(c)) {
            return word(start);
        }
        int codePoint = text.codePointAt(start);
        return symbol(TokenKind.UNEXPECTED_CHAR, start, Character.charCount(codePoint));
    }

    private static Token symbol(TokenKind kind, int start, int length) {
        return new Token(kind, start, start + length, "");
    }

    private Token pair(int start, char second, TokenKind ifPair, TokenKind ifSingle) {
        boolean isPair = start + 1 < text.length() && text.charAt(start + 1) == second;
        return isPair ? symbol(ifPair, start, 2) : symbol(ifSingle, start, 1);
    }

    private Token quoted(int start, char quote) throws SelectorParseException {
        int close = text.indexOf(quote, start + 1);
        if (close < 0) {
            char other = quote == '"' ? '\'' : '"';
            String hint = text.indexOf(other, start + 1) >= 0
                    ? "the string opens with " + quote + " but Calico strings must close with the same quote"
                    : "";
            throw new SelectorParseException(
                    text, start, "a closing " + quote + " for this string", "the end of the selector", hint);
        }
        return new Token(TokenKind.STRING, start, close + 1, text.substring(start + 1, close));
    }

    /** A run of label characters; {@code has(}, {@code all(}, {@code global(} when not after a label. */
    private Token word(int start) throws SelectorParseException {
        int end = labelEnd(start);
        if (!afterLabel && end < text.length() && text.charAt(end) == '(') {
            if (wordIs(start, end, "has")) {
                return symbol(TokenKind.HAS_OPEN, start, end + 1 - start);
            }
            if (wordIs(start, end, "all")) {
                return symbol(TokenKind.ALL_OPEN, start, end + 1 - start);
            }
            if (wordIs(start, end, "global")) {
                return symbol(TokenKind.GLOBAL_OPEN, start, end + 1 - start);
            }
        }
        // After a label any word is an error anyway; the parser then says an operator was expected.
        if (!afterLabel && end - start > Selector.MAX_LABEL_LENGTH) {
            throw new SelectorParseException(
                    text,
                    start,
                    "a label of at most " + Selector.MAX_LABEL_LENGTH + " characters",
                    "a label of " + (end - start) + " characters",
                    "");
        }
        return new Token(TokenKind.LABEL, start, end, text.substring(start, end));
    }

    /**
     * The operator keywords, recognised only right after a label. A whole word must match, which is
     * Calico's word-boundary rule; {@code starts}/{@code ends}/{@code not} may be followed by spaces.
     * Returns null if the word is not an operator.
     */
    private Token operatorWord(int start) {
        int end = labelEnd(start);
        if (end == start) {
            return null;
        }
        if (wordIs(start, end, "contains")) {
            return symbol(TokenKind.CONTAINS, start, end - start);
        }
        if (wordIs(start, end, "in")) {
            return symbol(TokenKind.IN, start, end - start);
        }
        if (wordIs(start, end, "startswith")) {
            return symbol(TokenKind.STARTS_WITH, start, end - start);
        }
        if (wordIs(start, end, "endswith")) {
            return symbol(TokenKind.ENDS_WITH, start, end - start);
        }
        if (wordIs(start, end, "notin")) {
            return symbol(TokenKind.NOT_IN, start, end - start);
        }
        if (wordIs(start, end, "starts")) {
            return twoWords(start, end, "with", TokenKind.STARTS_WITH);
        }
        if (wordIs(start, end, "ends")) {
            return twoWords(start, end, "with", TokenKind.ENDS_WITH);
        }
        if (wordIs(start, end, "not")) {
            return twoWords(start, end, "in", TokenKind.NOT_IN);
        }
        return null;
    }

    private Token twoWords(int start, int firstEnd, String second, TokenKind kind) {
        int secondStart = skipWhitespace(firstEnd);
        int secondEnd = labelEnd(secondStart);
        return wordIs(secondStart, secondEnd, second) ? symbol(kind, start, secondEnd - start) : null;
    }

    private int labelEnd(int start) {
        int end = start;
        while (end < text.length() && isLabelChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private boolean wordIs(int start, int end, String word) {
        return end - start == word.length() && text.startsWith(word, start);
    }

    // Descriptions of what was found, for error messages.

    String describe(Token token) {
        switch (token.kind()) {
            case EOF:
                return "the end of the selector";
            case LABEL:
                return "'" + abbreviate(token.value()) + "'";
            case STRING:
                return "the string " + abbreviate(text.substring(token.start(), token.end()));
            case UNEXPECTED_CHAR:
                return describeChar(text.codePointAt(token.start()));
            default:
                return "'" + text.substring(token.start(), token.end()) + "'";
        }
    }

    /** Describes whatever starts at {@code at}, which may be whitespace. */
    String describeAt(int at) {
        if (at >= text.length()) {
            return "the end of the selector";
        }
        char c = text.charAt(at);
        if (isWhitespace(c)) {
            return describeChar(c);
        }
        if (isLabelChar(c)) {
            return "'" + abbreviate(text.substring(at, labelEnd(at))) + "'";
        }
        if (c == '"' || c == '\'') {
            int close = text.indexOf(c, at + 1);
            return close < 0 ? "an unterminated string" : "the string " + abbreviate(text.substring(at, close + 1));
        }
        try {
            return describe(new Lexer(text, at).next());
        } catch (SelectorParseException impossible) {
            // Only strings and labels can fail to lex, and both are handled above.
            throw new AssertionError(impossible);
        }
    }

    static String describeChar(int codePoint) {
        switch (codePoint) {
            case '\n':
                return "a newline";
            case '\r':
                return "a carriage return";
            case ' ':
                return "a space";
            case '\t':
                return "a tab";
            default:
                break;
        }
        if (codePoint < 0x20 || codePoint == 0x7f) {
            return String.format("the control character U+%04X", codePoint);
        }
        String quoted = "'" + new String(Character.toChars(codePoint)) + "'";
        return codePoint > 0x7f ? quoted + String.format(" (U+%04X, not ASCII)", codePoint) : quoted;
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_FOUND_LENGTH ? s : s.substring(0, MAX_FOUND_LENGTH - 3) + "...";
    }
}
