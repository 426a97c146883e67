package io.winnow.analyst;

/** An analyst could not produce a finding. {@link #retriable()} tells whether trying again later may help. */
public final class AnalystException extends RuntimeException {
    private final boolean retriable;

    public AnalystException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public AnalystException(String message, boolean retriable) {
        this(message, retriable, null);
    }

    public boolean retriable() {
        return retriable;
    }
}
