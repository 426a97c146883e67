package io.winnow.ingest;

import java.util.Objects;

/**
 * One problem with one field of an input alert.
 *
 * @param field  the field's path in the input, dotted ({@code output_fields.proc.name}, {@code rule.level}),
 *               {@code $} for the document itself, or {@code line} for raw text; never null
 * @param reason what is wrong, in words a user can act on ({@code required}, {@code must be a string},
 *               {@code must be between 0 and 15} …); never null
 */
public record FieldError(String field, String reason) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
