package io.winnow.store;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.AnalystVerdict;

import java.util.List;
import java.util.Optional;

/**
 * The store stage: keeps every accepted alert and its analysis or failure. All pages and the API read through it.
 * Implementations are thread-safe. Writes are durable when the method returns. Every method reports a database
 * failure as a {@link StoreException}, which tells whether a retry may help; its message never holds alert contents.
 * Open one with {@link AnalysisStores#open}.
 */
public interface AnalysisStore extends AutoCloseable {

    /**
     * Stores accepted alerts as {@link AlertStatus#PENDING}, in one transaction. Called before analysis. An alert
     * whose ID is already stored is skipped, so a repeated save is harmless and never resets its status.
     */
    void saveAlerts(List<Alert> alerts);

    /**
     * Stores analyses and marks their alerts {@link AlertStatus#ANALYSED}, in one transaction. An alert has at most
     * one analysis: a new one replaces the earlier one (and its ID). The alerts must have been saved before.
     */
    void saveAnalyses(List<Analysis> analyses);

    /**
     * Marks an alert {@link AlertStatus#FAILED} with the reason (cut to 2,000 characters), counting the attempt.
     *
     * @throws StoreException (not retriable) if no alert with that ID is stored
     */
    void saveFailure(String alertId, String reason);

    Optional<Analysis> findAnalysis(String analysisId);

    /** The analysis of an alert, if it has one. */
    Optional<Analysis> findAnalysisOfAlert(String alertId);

    Optional<StoredAlert> findAlert(String alertId);

    /** Analyses matching the query, newest first (received time, then ID, descending), with the total count. */
    Page<Analysis> search(AnalysisQuery query);

    /**
     * Counts what the dashboard shows over the analyses the query matches (limit and offset are ignored), in the
     * database: nothing is loaded row by row.
     */
    TriageSummary summarize(AnalysisQuery query);

    /**
     * Stores an analyst's feedback on an analysis beside its automatic verdict, replacing the analyst feedback
     * given on it before. The comment is stripped, an empty one becomes null, and it is cut to
     * {@value Feedback#MAX_COMMENT} characters.
     *
     * @param analyst who gives it, or null while the server has no logins
     * @return the stored feedback, or empty when no analysis has that ID
     */
    Optional<Feedback> saveFeedback(String analysisId, AnalystVerdict verdict, String comment, String analyst);

    /** The analyst feedback on an analysis, if any was given. */
    Optional<Feedback> findFeedback(String analysisId);

    /** The analyst feedback on each of these analyses that has some, by analysis ID (a page of the log at once). */
    java.util.Map<String, Feedback> findFeedback(List<String> analysisIds);

    /** Alerts waiting for a (new) analysis attempt: failed, or pending; oldest first. */
    List<StoredAlert> alertsToRetry(int limit);

    /** How many alerts are stored in each status. */
    java.util.Map<AlertStatus, Long> countByStatus();

    /** Checks the store answers; for {@code /health}. */
    boolean isHealthy();

    @Override
    void close();
}
