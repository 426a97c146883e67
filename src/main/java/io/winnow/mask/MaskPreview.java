package io.winnow.mask;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a dry run shows: exactly what would be sent to a model, and how many values of each kind were masked. It
 * holds no original value, so it is safe to print and to answer over HTTP.
 *
 * @param alert  the masked alert; {@link MaskedAlert#text()} is the text that would be sent
 * @param masked how many values of each kind were replaced, by kind name, in name order
 */
public record MaskPreview(MaskedAlert alert, Map<String, Integer> masked) {
    public MaskPreview {
        Objects.requireNonNull(alert, "alert");
        masked = Collections.unmodifiableMap(new TreeMap<>(masked));
    }
}
