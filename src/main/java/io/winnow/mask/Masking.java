package io.winnow.mask;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of masking one alert: what may be shown to an analyst, the map to restore it, and what was masked.
 *
 * @param alert  the masked alert, safe to send to a model
 * @param map    the reversible tokens; stays in the process
 * @param counts how many values of each kind were replaced, by kind name ({@code internal_ip}, {@code user},
 *               {@code aws_access_key} …), in name order; never the values
 */
public record Masking(MaskedAlert alert, MaskMap map, Map<String, Integer> counts) {
    public Masking {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(map, "map");
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    public Masking(MaskedAlert alert, MaskMap map) {
        this(alert, map, Map.of());
    }

    /** What a dry run shows: the masked alert and the counts, without the map. */
    public MaskPreview preview() {
        return new MaskPreview(alert, counts);
    }
}
