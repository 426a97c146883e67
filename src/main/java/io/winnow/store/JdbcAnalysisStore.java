package io.winnow.store;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.AnalystVerdict;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementExceptions;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The {@link AnalysisStore} on SQLite or PostgreSQL, through JDBI. Rows keep each record as canonical JSON in
 * {@code body}; the other columns are copies for filtering and sorting. Writes pass a semaphore sized to the writer
 * pool, so on SQLite exactly one transaction writes at a time and waiting callers queue here, never in SQLite.
 */
final class JdbcAnalysisStore implements AnalysisStore {
    private static final String INSERT_ALERT = """
            INSERT INTO alerts (id, received_at, format, source, host, status, failure_reason, attempts, updated_at,
                                body)
            VALUES (:id, :receivedAt, :format, :source, :host, 'PENDING', NULL, 0, :now, :body)
            ON CONFLICT (id) DO NOTHING""";
    private static final String MARK_FAILED = """
            UPDATE alerts SET status = 'FAILED', failure_reason = :reason, attempts = attempts + 1, updated_at = :now
            WHERE id = :id""";
    private static final String SELECT_STORED_ALERT = """
            SELECT al.id, al.body, al.status, al.failure_reason, al.attempts, an.id AS analysis_id
            FROM alerts al LEFT JOIN analyses an ON an.alert_id = al.id""";

    private final StoreConnections connections;
    private final Jdbi reader;
    private final Jdbi writer;
    private final Semaphore writePermits;
    private final Clock clock;
    private final StoredBodies bodies = new StoredBodies();

    JdbcAnalysisStore(StoreConnections connections, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reader = jdbi(connections.reader());
        this.writer = jdbi(connections.writer());
        this.writePermits = new Semaphore(connections.concurrentWrites(), true);
    }

    private static Jdbi jdbi(DataSource source) {
        Jdbi jdbi = Jdbi.create(source);
        // Rendered statements would carry bound values, i.e. alert contents, into exception messages.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }

    @Override
    public void saveAlerts(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        List<String> serialised = alerts.stream().map(bodies::write).toList();
        long now = clock.millis();
        write("save alerts", handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT_ALERT);
            for (int i = 0; i < alerts.size(); i++) {
                Alert alert = alerts.get(i);
                batch.bind("id", alert.id())
                        .bind("receivedAt", alert.receivedAt().toEpochMilli())
                        .bind("format", alert.format().wireName())
                        .bind("source", TextColumns.clean(alert.source()))
                        .bind("host", TextColumns.clean(alert.host()))
                        .bind("now", now)
                        .bind("body", serialised.get(i))
                        .add();
            }
            batch.execute();
            return null;
        });
    }

    @Override
    public void saveAnalyses(List<Analysis> analyses) {
        if (analyses.isEmpty()) {
            return;
        }
        // One analysis per alert: the last one wins, as it would if they were saved one after another.
        Map<String, Analysis> byAlert = new LinkedHashMap<>();
        analyses.forEach(a -> byAlert.put(a.alertId(), a));
        List<Analysis> latest = List.copyOf(byAlert.values());
        List<String> serialised = latest.stream().map(bodies::write).toList();
        long now = clock.millis();
        write("save analyses", handle -> {
            AnalysisRows.deleteTechniquesOf(handle, List.copyOf(byAlert.keySet()));
            AnalysisRows.upsert(handle, latest, serialised);
            AnalysisRows.insertTechniques(handle, latest);
            AnalysisRows.markAnalysed(handle, latest, now);
            return null;
        });
    }

    @Override
    public void saveFailure(String alertId, String reason) {
        Objects.requireNonNull(alertId, "alertId");
        String cut = TextColumns.failureReason(reason);
        long now = clock.millis();
        int updated = write("save failure", handle -> handle.createUpdate(MARK_FAILED)
                .bind("reason", cut).bind("now", now).bind("id", alertId).execute());
        if (updated == 0) {
            throw new StoreException("save failure: no stored alert with id " + alertId, false);
        }
    }

    @Override
    public Optional<Analysis> findAnalysis(String analysisId) {
        return findAnalysisWhere("a.id = :id", analysisId);
    }

    @Override
    public Optional<Analysis> findAnalysisOfAlert(String alertId) {
        return findAnalysisWhere("a.alert_id = :id", alertId);
    }

    private Optional<Analysis> findAnalysisWhere(String condition, String id) {
        Objects.requireNonNull(id, "id");
        return read("find analysis", handle -> handle
                .createQuery("SELECT a.id, a.body FROM analyses a WHERE " + condition)
                .bind("id", id)
                .map((rs, ctx) -> bodies.readAnalysis(rs.getString("id"), rs.getString("body")))
                .findOne());
    }

    @Override
    public Optional<StoredAlert> findAlert(String alertId) {
        Objects.requireNonNull(alertId, "alertId");
        return read("find alert", handle -> handle.createQuery(SELECT_STORED_ALERT + " WHERE al.id = :id")
                .bind("id", alertId)
                .map((rs, ctx) -> storedAlert(rs))
                .findOne());
    }

    @Override
    public Page<Analysis> search(AnalysisQuery query) {
        Objects.requireNonNull(query, "query");
        AnalysisFilter filter = AnalysisFilter.of(query);
        return read("search analyses", handle -> {
            long total = handle.createQuery("SELECT COUNT(*) FROM analyses a" + filter.where())
                    .bindMap(filter.parameters())
                    .mapTo(Long.class)
                    .one();
            List<Analysis> items = total <= query.offset() ? List.of() : handle
                    .createQuery("SELECT a.id, a.body FROM analyses a" + filter.where()
                            + " ORDER BY a.received_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                    .bindMap(filter.parameters())
                    .bind("limit", query.limit())
                    .bind("offset", query.offset())
                    .map((rs, ctx) -> bodies.readAnalysis(rs.getString("id"), rs.getString("body")))
                    .list();
            return new Page<>(items, total, query.limit(), query.offset());
        });
    }

    @Override
    public TriageSummary summarize(AnalysisQuery query) {
        Objects.requireNonNull(query, "query");
        AnalysisFilter filter = AnalysisFilter.of(query);
        return read("summarize analyses", handle -> SummaryQueries.summarize(handle, filter));
    }

    @Override
    public Optional<Feedback> saveFeedback(String analysisId, AnalystVerdict verdict, String comment,
                                           String analyst) {
        Objects.requireNonNull(analysisId, "analysisId");
        Objects.requireNonNull(verdict, "verdict");
        String text = FeedbackRows.comment(comment);
        long now = clock.millis();
        return write("save feedback", handle -> FeedbackRows.upsert(handle, analysisId, verdict, text, analyst, now)
                ? FeedbackRows.find(handle, analysisId) : Optional.empty());
    }

    @Override
    public Optional<Feedback> findFeedback(String analysisId) {
        Objects.requireNonNull(analysisId, "analysisId");
        return read("find feedback", handle -> FeedbackRows.find(handle, analysisId));
    }

    @Override
    public Map<String, Feedback> findFeedback(List<String> analysisIds) {
        if (analysisIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(analysisIds);
        return Map.copyOf(read("find feedback", handle -> FeedbackRows.findAll(handle, ids)));
    }

    @Override
    public List<StoredAlert> alertsToRetry(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return read("list alerts to retry", handle -> handle.createQuery(SELECT_STORED_ALERT
                        + " WHERE al.status IN ('FAILED', 'PENDING') ORDER BY al.received_at, al.id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> storedAlert(rs))
                .list());
    }

    private StoredAlert storedAlert(ResultSet rs) throws SQLException {
        AlertStatus status = AlertStatus.valueOf(rs.getString("status"));
        Alert alert = bodies.readAlert(rs.getString("id"), rs.getString("body"));
        // StoredAlert promises an analysis ID only for analysed alerts; a failed re-analysis leaves an older one.
        String analysisId = status == AlertStatus.ANALYSED ? rs.getString("analysis_id") : null;
        String reason = status == AlertStatus.FAILED ? rs.getString("failure_reason") : null;
        return new StoredAlert(alert, status, reason, rs.getInt("attempts"), analysisId);
    }

    @Override
    public Map<AlertStatus, Long> countByStatus() {
        Map<AlertStatus, Long> counts = new EnumMap<>(AlertStatus.class);
        for (AlertStatus status : AlertStatus.values()) {
            counts.put(status, 0L);
        }
        read("count alerts", handle -> {
            handle.createQuery("SELECT status, COUNT(*) AS n FROM alerts GROUP BY status")
                    .map((rs, ctx) -> Map.entry(AlertStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return null;
        });
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean isHealthy() {
        try {
            return read("check health", h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        connections.close();
    }

    private <T> T read(String operation, HandleCallback<T, RuntimeException> work) {
        try {
            return reader.withHandle(work);
        } catch (JdbiException e) {
            throw StoreException.of(operation, e);
        }
    }

    private <T> T write(String operation, HandleCallback<T, RuntimeException> work) {
        try {
            writePermits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(operation + " interrupted while waiting to write", true, e);
        }
        try {
            return writer.inTransaction(work);
        } catch (JdbiException e) {
            throw StoreException.of(operation, e);
        } finally {
            writePermits.release();
        }
    }
}
