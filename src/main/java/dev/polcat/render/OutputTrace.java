package dev.polcat.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.Writer;
import java.util.Arrays;

/**
 * Follows one render as FreeMarker walks the template, so that every stretch of output can be traced
 * back to the template element that wrote it (and, for text written by a library macro, to the call in
 * the policy template). Also keeps the element stack as it was when a template error was thrown, before
 * FreeMarker unwinds it. One per render; not thread-safe.
 */
final class OutputTrace implements TemplateProcessingTracer, TemplateExceptionHandler, LimitedWriter.Marks {
    private final Template main;
    private TracedElement[] stack = new TracedElement[32];
    private int depth;
    private int lastDepth;
    private int[] offsets = new int[64];
    private TracedElement[] writers = new TracedElement[64];
    private TracedElement[] callSites = new TracedElement[64];
    private int segments;
    private TracedElement[] failureStack;

    OutputTrace(Template main) {
        this.main = main;
    }

    @Override
    public void enterElement(Environment env, TracedElement e) {
        if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
        stack[depth++] = e;
        lastDepth = depth;
    }

    /**
     * Leaves the slot as it is: after a StackOverflowError or OutOfMemoryError, which FreeMarker does not
     * report, slots 0 to {@code lastDepth} still hold the path to the element that ran last (each slot was
     * last written by that element's ancestor at that depth).
     */
    @Override
    public void exitElement(Environment env, TracedElement e) {
        if (depth > 0) depth--;
    }

    /** The element entered last: where a render was when the stack, the heap or the output cap ran out. */
    TracedElement lastElement() {
        return lastDepth == 0 ? null : stack[lastDepth - 1];
    }

    /** The element of the policy template on the path to {@link #lastElement}: the call into a library. */
    TracedElement lastCallSite() {
        return callSite(stack, lastDepth);
    }

    /** Called by the writer before each write: the element on top of the stack is writing. */
    @Override
    public void mark(int offset) {
        if (depth == 0) return;
        if (segments == offsets.length) {
            offsets = Arrays.copyOf(offsets, segments * 2);
            writers = Arrays.copyOf(writers, segments * 2);
            callSites = Arrays.copyOf(callSites, segments * 2);
        }
        TracedElement top = stack[depth - 1];
        offsets[segments] = offset;
        writers[segments] = top;
        callSites[segments] = top.getTemplate() == main ? null : callSite(stack, depth);
        segments++;
    }

    /** The innermost element of the policy template itself: where a library macro was called from. */
    private TracedElement callSite(TracedElement[] elements, int size) {
        for (int i = size - 1; i >= 0; i--) {
            if (elements[i].getTemplate() == main) return elements[i];
        }
        return null;
    }

    /** The element of the policy template being run now (the call, when inside a library). */
    TracedElement usingElement() {
        return callSite(stack, depth);
    }

    /** Rethrows, after noting where the failing element was called from. */
    @Override
    public void handleTemplateException(TemplateException te, Environment env, Writer out) throws TemplateException {
        if (failureStack == null) failureStack = Arrays.copyOf(stack, depth);
        throw te;
    }

    /** For a failed render: the call in the policy template that led to the failing element, if any. */
    TracedElement failureCallSite() {
        return failureStack == null ? null : callSite(failureStack, failureStack.length);
    }

    SourceMap toSourceMap(String text) {
        return new SourceMap(
                text,
                Arrays.copyOf(offsets, segments),
                Arrays.copyOf(writers, segments),
                Arrays.copyOf(callSites, segments));
    }
}
