package io.winnow.mask;

import io.winnow.alert.Alert;

/**
 * The mask stage: replaces every sensitive value in an alert with a token or a redaction before any analyst sees it.
 * The only way to make a {@link MaskedAlert}. Implementations are thread-safe.
 */
public interface Masker {
    /** Masks one alert; tokens are consistent within the alert (the same value always gets the same token). */
    Masking mask(Alert alert);

    /**
     * Masks one alert within a case or chat session: a value gets the token it got in any earlier call with the
     * same scope, and the returned map restores every token of the scope.
     */
    Masking mask(Alert alert, MaskScope scope);

    /** Masks a piece of free text, such as one log line, as if it were an alert's message. */
    MaskedText maskText(String text);
}
