package io.winnow.mask;

import java.util.Objects;

/**
 * The result of masking one alert: what may be shown to an analyst, and the map to restore it.
 *
 * @param alert the masked alert, safe to send to a model
 * @param map   the reversible tokens; stays in the process
 */
public record Masking(MaskedAlert alert, MaskMap map) {
    public Masking {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(map, "map");
    }
}
