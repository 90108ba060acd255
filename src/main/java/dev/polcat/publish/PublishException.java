package dev.polcat.publish;

/** The output folder cannot be written safely; nothing was changed. */
public final class PublishException extends Exception {
    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }
}
