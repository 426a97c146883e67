package io.winnow.triage;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;

/** What became of one alert in the pipeline. */
public sealed interface Outcome {
    Alert alert();

    /** The alert was analysed; the analysis is grounded (and stored, unless the caller asked not to). */
    record Analysed(Alert alert, Analysis analysis) implements Outcome {
    }

    /**
     * No analysis could be made. The alert is kept (unless the caller asked not to store it) with the reason, and
     * will be retried.
     *
     * @param reason    why, safe to show and log: it never contains alert contents
     * @param retriable whether a later attempt may succeed
     */
    record Failed(Alert alert, String reason, boolean retriable) implements Outcome {
    }
}
