package io.winnow.store;

import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;

import java.time.Instant;

/**
 * A filter over stored analyses. Every filter is optional (null means any); results are newest first.
 *
 * @param from      received at or after, or null
 * @param to        received before, or null
 * @param severity  exactly this severity, or null
 * @param verdict   exactly this verdict, or null
 * @param technique analyses that list this technique ID (exact, for example {@code T1059.004}), or null
 * @param host      exactly this host, or null
 * @param limit     page size, 1–500
 * @param offset    rows to skip, 0 or more
 * @param analystVerdict analyses an analyst gave exactly this verdict, or null
 * @param reviewed  true: only analyses with analyst feedback; false: only those without; null: both
 */
public record AnalysisQuery(Instant from, Instant to, Severity severity, Verdict verdict, String technique,
                            String host, int limit, int offset, AnalystVerdict analystVerdict, Boolean reviewed) {
    public static final int MAX_LIMIT = 500;

    public AnalysisQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    /** A query that does not look at analyst feedback. */
    public AnalysisQuery(Instant from, Instant to, Severity severity, Verdict verdict, String technique, String host,
                         int limit, int offset) {
        this(from, to, severity, verdict, technique, host, limit, offset, null, null);
    }

    public static AnalysisQuery latest(int limit) {
        return new AnalysisQuery(null, null, null, null, null, null, limit, 0);
    }
}
