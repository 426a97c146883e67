package io.winnow.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input could not be parsed into an alert. Carries every field error found, not just the first. Messages name
 * fields and reasons, never the values, so they are safe to log.
 */
public final class AlertParseException extends RuntimeException {
    private final List<FieldError> errors;

    public AlertParseException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a parse error needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public AlertParseException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
