package dev.polcat.calico.selector;

import dev.polcat.yaml.SharedText;
import java.util.Optional;

/**
 * A selector field as a resource writes it: the text, kept for messages, display and canonical writing,
 * and its parse, done once when the resource is read. Empty text means "not set" (Calico reads it as
 * {@code all()}). The parse fails only for text the validator reports; validated resources always have
 * a {@link #selector()}, so later stages never parse the text again.
 */
public final class ParsedSelector {
    public static final ParsedSelector EMPTY = parse("");

    /**
     * Parses of the texts seen, shared: a large catalog writes the same few selectors (and mostly none) in
     * hundreds of thousands of rules, and a parse with its label sets was a tenth of a 500 x 20 build's heap.
     * Both are immutable values. Cleared when full, so a long {@code serve} session does not grow it.
     */
    private static final SharedText.Table<ParsedSelector> SEEN = new SharedText.Table<>(100_000);

    private final String text;
    private final Selector selector;
    private final SelectorParseException error;

    private ParsedSelector(String text, Selector selector, SelectorParseException error) {
        this.text = text;
        this.selector = selector;
        this.error = error;
    }

    /** Parses {@code text} (null reads as ""); a syntax error is kept for the validator to report. */
    public static ParsedSelector of(String text) {
        String t = text == null ? "" : text;
        if (t.isEmpty()) return EMPTY;
        return SEEN.get(t, ParsedSelector::parse);
    }

    private static ParsedSelector parse(String t) {
        // Over-long text is refused by the validator before it is parsed; parse it only when asked.
        if (t.length() > Selector.MAX_LENGTH) return new ParsedSelector(t, null, null);
        try {
            return new ParsedSelector(t, Selector.parse(t), null);
        } catch (SelectorParseException e) {
            return new ParsedSelector(t, null, e);
        }
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The parsed selector ({@code all()} for empty text); throws the parse error for invalid text. */
    public Selector selector() throws SelectorParseException {
        if (error != null) throw error;
        return selector != null ? selector : Selector.parse(text);
    }

    /** The parsed selector, empty when the text does not parse. */
    public Optional<Selector> parsed() {
        try {
            return Optional.of(selector());
        } catch (SelectorParseException e) {
            return Optional.empty();
        }
    }

    /** Why the text does not parse, empty when it does. */
    public Optional<SelectorParseException> error() {
        if (error != null || selector != null) return Optional.ofNullable(error);
        return parsed().isPresent() ? Optional.empty() : Optional.of(parseError());
    }

    private SelectorParseException parseError() {
        try {
            Selector.parse(text);
            throw new IllegalStateException("parses: " + text);
        } catch (SelectorParseException e) {
            return e;
        }
    }

    /** Same text (records holding selectors compare them as written). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParsedSelector p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
