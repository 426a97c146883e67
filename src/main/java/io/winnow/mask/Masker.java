package io.winnow.mask;

import io.winnow.alert.Alert;

/**
 * The mask stage: replaces every sensitive value in an alert with a token or a redaction before any analyst sees it.
 * The only way to make a {@link MaskedAlert}. Implementations are thread-safe; tokens are consistent within one
 * alert (the same value always gets the same token).
 */
public interface Masker {
    Masking mask(Alert alert);
}
