package io.winnow.analyst;

import io.winnow.alert.Finding;
import io.winnow.mask.MaskedAlert;

/**
 * The analyse stage: reads a masked alert and gives an ungrounded {@link Finding}. Every analyst, built-in or LLM,
 * takes only a {@link MaskedAlert}, so a chain can hand the same input down to its fallbacks and no analyst can send
 * unmasked text anywhere. Implementations are thread-safe.
 */
public interface Analyst {
    /** A short stable name, for example {@code builtin} or {@code ollama}, used in metrics and {@code model_used}. */
    String name();

    /**
     * Analyses one alert.
     *
     * @throws AnalystException when no finding could be made; the alert is then stored as failed, to be retried
     */
    Finding analyse(MaskedAlert alert);
}
