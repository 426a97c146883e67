package io.winnow.analyst.llm;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code llm} section of the configuration, as the analysts need it.
 *
 * @param primary            the model asked first; its provider may be {@link Provider#BUILTIN}, meaning none
 * @param fallback           the model asked when the primary fails, if any
 * @param allowUnmaskedCloud whether a cloud provider may run while masking is off ({@code llm.allow_unmasked_cloud})
 */
public record LlmSection(LlmSettings primary, Optional<LlmSettings> fallback, boolean allowUnmaskedCloud) {
    public LlmSection {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(fallback, "fallback");
    }

    /** Whether any model is configured at all. */
    public boolean usesModels() {
        return primary.provider() != Provider.BUILTIN || fallback.isPresent();
    }
}
