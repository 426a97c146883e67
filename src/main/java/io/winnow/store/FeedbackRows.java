package io.winnow.store;

import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Verdict;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The statements behind analyst feedback: one row per analysis, beside the analysis and never in it. */
final class FeedbackRows {
    private static final String SELECT = """
            SELECT analysis_id, alert_id, verdict, machine_verdict, comment, analyst, given_at
            FROM analyst_feedback WHERE analysis_id = :id""";
    private static final String SELECT_MANY = """
            SELECT analysis_id, alert_id, verdict, machine_verdict, comment, analyst, given_at
            FROM analyst_feedback WHERE analysis_id IN (<ids>)""";
    // The machine verdict is read in the same statement, so it is the one stored when the feedback was given.
    // The WHERE clause also keeps SQLite from reading ON CONFLICT as part of a join.
    private static final String UPSERT = """
            INSERT INTO analyst_feedback (analysis_id, alert_id, verdict, machine_verdict, agrees, comment, analyst,
                                          given_at)
            SELECT a.id, a.alert_id, :verdict, a.verdict,
                   CASE WHEN :verdict = 'CONFIRMED' OR (:verdict = 'FALSE_POSITIVE' AND a.verdict = 'FALSE_POSITIVE')
                        OR (:verdict = 'BENIGN' AND a.verdict = 'BENIGN_POSITIVE') THEN 1 ELSE 0 END,
                   :comment, :analyst, :now
            FROM analyses a WHERE a.id = :id
            ON CONFLICT (analysis_id) DO UPDATE SET verdict = excluded.verdict,
                machine_verdict = excluded.machine_verdict, agrees = excluded.agrees, comment = excluded.comment,
                analyst = excluded.analyst, given_at = excluded.given_at""";

    private FeedbackRows() {
    }

    /** Stores the feedback; false when no analysis has that ID. */
    static boolean upsert(Handle handle, String analysisId, AnalystVerdict verdict, String comment, String analyst,
                          long now) {
        return handle.createUpdate(UPSERT)
                .bind("id", analysisId)
                .bind("verdict", verdict.name())
                .bind("comment", TextColumns.clean(comment))
                .bind("analyst", TextColumns.clean(analyst))
                .bind("now", now)
                .execute() > 0;
    }

    /** Feedback by analysis ID for the IDs that have some; the list is at most a page of the log long. */
    static java.util.Map<String, Feedback> findAll(Handle handle, java.util.List<String> analysisIds) {
        java.util.Map<String, Feedback> found = new java.util.HashMap<>();
        for (int from = 0; from < analysisIds.size(); from += 500) {
            java.util.List<String> chunk = analysisIds.subList(from, Math.min(analysisIds.size(), from + 500));
            handle.createQuery(SELECT_MANY).bindList("ids", chunk).map((rs, ctx) -> feedback(rs))
                    .forEach(f -> found.put(f.analysisId(), f));
        }
        return found;
    }

    static Optional<Feedback> find(Handle handle, String analysisId) {
        return handle.createQuery(SELECT).bind("id", analysisId).map((rs, ctx) -> feedback(rs)).findOne();
    }

    private static Feedback feedback(ResultSet rs) throws SQLException {
        return new Feedback(rs.getString("analysis_id"), rs.getString("alert_id"),
                AnalystVerdict.valueOf(rs.getString("verdict")), Verdict.valueOf(rs.getString("machine_verdict")),
                rs.getString("comment"), rs.getString("analyst"), Instant.ofEpochMilli(rs.getLong("given_at")));
    }

    /** The comment stripped, empty as null, cut to {@link Feedback#MAX_COMMENT} characters outside a surrogate pair. */
    static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String text = comment.strip();
        if (text.length() <= Feedback.MAX_COMMENT) {
            return text;
        }
        int end = Feedback.MAX_COMMENT;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
    }
}
