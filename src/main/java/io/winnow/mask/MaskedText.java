package io.winnow.mask;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A piece of free text after masking, for audits ({@code winnow mask}): the text with tokens and redactions, and
 * how many values of each kind were replaced. Tokens never contain quotes or backslashes, so masked JSON stays JSON.
 *
 * @param text   the masked text, never null
 * @param counts how many values of each kind were replaced, by kind name, in name order
 */
public record MaskedText(String text, Map<String, Integer> counts) {
    public MaskedText {
        Objects.requireNonNull(text, "text");
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
