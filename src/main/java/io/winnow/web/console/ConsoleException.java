package io.winnow.web.console;

/**
 * A request the console cannot answer, shown as an HTML error page. The reason is written for the user and never
 * repeats a submitted value.
 */
final class ConsoleException extends RuntimeException {
    private final int status;
    private final String field;

    ConsoleException(int status, String field, String reason) {
        super(reason, null, false, false);
        this.status = status;
        this.field = field;
    }

    static ConsoleException badField(String field, String reason) {
        return new ConsoleException(400, field, reason);
    }

    static ConsoleException notFound(String what) {
        return new ConsoleException(404, null, what);
    }

    int status() {
        return status;
    }

    /** The request field at fault, or null. */
    String field() {
        return field;
    }
}
