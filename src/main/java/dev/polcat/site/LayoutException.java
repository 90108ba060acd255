package dev.polcat.site;

import freemarker.template.TemplateException;

/** A site layout failed to render (a bug in a bundled layout, or an error in a catalog's override). */
public final class LayoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String layout;

    LayoutException(String layout, TemplateException cause) {
        super(cause.getMessageWithoutStackTop(), cause);
        this.layout = layout;
    }

    LayoutException(String layout, String message) {
        super(message);
        this.layout = layout;
    }

    public String layout() {
        return layout;
    }

    public Integer line() {
        return getCause() instanceof TemplateException te ? te.getLineNumber() : null;
    }
}
