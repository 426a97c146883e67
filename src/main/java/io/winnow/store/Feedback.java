package io.winnow.store;

import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Verdict;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's feedback on one analysis, stored beside the automatic verdict and never over it.
 *
 * @param analysisId     the analysis judged, never null
 * @param alertId        its alert, never null
 * @param verdict        what the analyst said, never null
 * @param machineVerdict the automatic verdict the analyst judged, never null
 * @param comment        the analyst's comment, or null
 * @param analyst        who gave it, or null while the server has no logins
 * @param givenAt        when it was given (the last time, if it was changed), never null
 */
public record Feedback(String analysisId, String alertId, AnalystVerdict verdict, Verdict machineVerdict,
                       String comment, String analyst, Instant givenAt) {
    /** Longest comment kept, in characters. */
    public static final int MAX_COMMENT = 2_000;

    public Feedback {
        Objects.requireNonNull(analysisId, "analysisId");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(machineVerdict, "machineVerdict");
        Objects.requireNonNull(givenAt, "givenAt");
    }

    /** Whether the analyst agreed with the machine. */
    public boolean agrees() {
        return verdict.agreesWith(machineVerdict);
    }
}
