package io.winnow.store;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;

import java.util.List;
import java.util.Optional;

/**
 * The store stage: keeps every accepted alert and its analysis or failure. All pages and the API read through it.
 * Implementations are thread-safe. Writes are durable when the method returns.
 */
public interface AnalysisStore extends AutoCloseable {

    /** Stores accepted alerts as {@link AlertStatus#PENDING}, in one transaction. Called before analysis. */
    void saveAlerts(List<Alert> alerts);

    /** Stores analyses and marks their alerts {@link AlertStatus#ANALYSED}, in one transaction. */
    void saveAnalyses(List<Analysis> analyses);

    /** Marks an alert {@link AlertStatus#FAILED} with the reason, counting the attempt. */
    void saveFailure(String alertId, String reason);

    Optional<Analysis> findAnalysis(String analysisId);

    /** The analysis of an alert, if it has one. */
    Optional<Analysis> findAnalysisOfAlert(String alertId);

    Optional<StoredAlert> findAlert(String alertId);

    /** Analyses matching the query, newest first. */
    Page<Analysis> search(AnalysisQuery query);

    /** Alerts waiting for a (new) analysis attempt: failed, or pending; oldest first. */
    List<StoredAlert> alertsToRetry(int limit);

    /** How many alerts are stored in each status. */
    java.util.Map<AlertStatus, Long> countByStatus();

    /** Checks the store answers; for {@code /health}. */
    boolean isHealthy();

    @Override
    void close();
}
