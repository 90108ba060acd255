package dev.polcat.calico.selector;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A parsed Calico label selector (projectcalico.org/v3 {@code selector}, {@code namespaceSelector}, ...).
 * Immutable and safe to share between threads; {@link #matches} is precompiled for speed.
 *
 * <p>Two selectors are equal when their trees are equal, i.e. when Calico would give them the same
 * canonical form; {@link #toString()} is the original text.
 */
public final class Selector {

    /** Calico's limit on a selector's length; enforced by the validator, not by {@link #parse}. */
    public static final int MAX_LENGTH = 1024;

    /** Longest label name Calico's tokenizer accepts; longer ones are a parse error. */
    public static final int MAX_LABEL_LENGTH = 512;

    private final String text;
    private final SelectorNode ast;
    private final CompiledMatcher matcher;
    private final boolean usesGlobal;
    private final Set<String> labelKeys;

    // Computed on first use. Races are harmless: every thread computes the same immutable value.
    private String canonical;
    private int hash;

    private Selector(String text, SelectorNode ast) {
        this.text = text;
        this.ast = ast;
        this.matcher = CompiledMatcher.compile(ast);
        SortedSet<String> keys = new TreeSet<>();
        this.usesGlobal = collect(ast, keys);
        this.labelKeys = Collections.unmodifiableSortedSet(keys);
    }

    /**
     * Parses selector text with Calico's grammar. Empty or blank (spaces and tabs) text means
     * {@code all()}. The {@link #MAX_LENGTH} limit is not checked here.
     */
    public static Selector parse(String text) throws SelectorParseException {
        Objects.requireNonNull(text, "text");
        return new Selector(text, Parser.parse(text));
    }

    /** A selector for a tree built in code; its {@link #text()} is the canonical form. */
    public static Selector of(SelectorNode ast) {
        Objects.requireNonNull(ast, "ast");
        Selector selector = new Selector(CanonicalPrinter.print(ast), ast);
        selector.canonical = selector.text;
        return selector;
    }

    /** Whether an endpoint with these labels is selected, with Calico's rules for missing labels. */
    public boolean matches(Map<String, String> labels) {
        return matcher.matches(labels);
    }

    /** Calico's normalised form, e.g. {@code (a == "x" && b in {"1", "2"})}; {@code all()} for "". */
    public String canonical() {
        String result = canonical;
        if (result == null) {
            result = CanonicalPrinter.print(ast);
            canonical = result;
        }
        return result;
    }

    public SelectorNode ast() {
        return ast;
    }

    /** The text as given to {@link #parse}. */
    public String text() {
        return text;
    }

    /** Whether {@code global()} appears anywhere in the selector. */
    public boolean usesGlobal() {
        return usesGlobal;
    }

    /** Every label name the selector refers to, sorted; unmodifiable. */
    public Set<String> labelKeys() {
        return labelKeys;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Selector && ((Selector) other).ast.equals(ast);
    }

    @Override
    public int hashCode() {
        int result = hash;
        if (result == 0) {
            result = ast.hashCode();
            hash = result;
        }
        return result;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Adds the label names under {@code node} to {@code keys}; returns whether it contains global(). */
    private static boolean collect(SelectorNode node, Set<String> keys) {
        if (node instanceof SelectorNode.Global) {
            return true;
        }
        if (node instanceof SelectorNode.Has has) {
            keys.add(has.label());
        } else if (node instanceof SelectorNode.Compare compare) {
            keys.add(compare.label());
        } else if (node instanceof SelectorNode.InSet set) {
            keys.add(set.label());
        } else if (node instanceof SelectorNode.Not not) {
            return collect(not.operand(), keys);
        } else if (node instanceof SelectorNode.And and) {
            return collectAll(and.operands(), keys);
        } else if (node instanceof SelectorNode.Or or) {
            return collectAll(or.operands(), keys);
        }
        return false;
    }

    private static boolean collectAll(Iterable<SelectorNode> nodes, Set<String> keys) {
        boolean global = false;
        for (SelectorNode node : nodes) {
            global |= collect(node, keys);
        }
        return global;
    }
}
