package io.winnow.store;

import io.winnow.alert.Analysis;
import io.winnow.alert.TechniqueRef;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.List;

/**
 * The statements that store a batch of analyses inside one write transaction. An analysis replaces the earlier
 * one of its alert: its techniques go first, because the replacement may carry a new analysis ID.
 */
final class AnalysisRows {
    /** Keeps IN lists well below SQLite's limit on bound parameters. */
    private static final int IN_LIST_CHUNK = 500;

    private static final String DELETE_TECHNIQUES = """
            DELETE FROM analysis_techniques
            WHERE analysis_id IN (SELECT id FROM analyses WHERE alert_id IN (<alertIds>))""";
    private static final String UPSERT_ANALYSIS = """
            INSERT INTO analyses (id, alert_id, received_at, analyzed_at, severity, verdict, host, source, confidence,
                                  model_used, body, rule)
            VALUES (:id, :alertId, :receivedAt, :analyzedAt, :severity, :verdict, :host, :source, :confidence,
                    :modelUsed, :body, :rule)
            ON CONFLICT (alert_id) DO UPDATE SET id = excluded.id, received_at = excluded.received_at,
                analyzed_at = excluded.analyzed_at, severity = excluded.severity, verdict = excluded.verdict,
                host = excluded.host, source = excluded.source, confidence = excluded.confidence,
                model_used = excluded.model_used, body = excluded.body, rule = excluded.rule""";
    private static final String INSERT_TECHNIQUE = """
            INSERT INTO analysis_techniques (analysis_id, technique_id, rank) VALUES (:analysisId, :techniqueId, :rank)""";
    private static final String MARK_ANALYSED = """
            UPDATE alerts SET status = 'ANALYSED', failure_reason = NULL, updated_at = :now WHERE id = :id""";

    private AnalysisRows() {
    }

    static void deleteTechniquesOf(Handle handle, List<String> alertIds) {
        for (int from = 0; from < alertIds.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = alertIds.subList(from, Math.min(alertIds.size(), from + IN_LIST_CHUNK));
            handle.createUpdate(DELETE_TECHNIQUES).bindList("alertIds", chunk).execute();
        }
    }

    static void upsert(Handle handle, List<Analysis> analyses, List<String> serialised) {
        PreparedBatch batch = handle.prepareBatch(UPSERT_ANALYSIS);
        for (int i = 0; i < analyses.size(); i++) {
            Analysis a = analyses.get(i);
            batch.bind("id", a.id())
                    .bind("alertId", a.alertId())
                    .bind("receivedAt", a.receivedAt().toEpochMilli())
                    .bind("analyzedAt", a.analyzedAt().toEpochMilli())
                    .bind("severity", a.severity().name())
                    .bind("verdict", a.verdict().name())
                    .bind("host", TextColumns.clean(a.host()))
                    .bind("source", TextColumns.clean(a.source()))
                    .bind("confidence", a.confidence())
                    .bind("modelUsed", TextColumns.clean(a.modelUsed()))
                    .bind("body", serialised.get(i))
                    .bind("rule", TextColumns.clean(a.rule()))
                    .add();
        }
        batch.execute();
    }

    static void insertTechniques(Handle handle, List<Analysis> analyses) {
        PreparedBatch batch = handle.prepareBatch(INSERT_TECHNIQUE);
        for (Analysis a : analyses) {
            List<TechniqueRef> techniques = a.mitreTechniques();
            for (int rank = 0; rank < techniques.size(); rank++) {
                batch.bind("analysisId", a.id())
                        .bind("techniqueId", TextColumns.clean(techniques.get(rank).id()))
                        .bind("rank", rank + 1)
                        .add();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    static void markAnalysed(Handle handle, List<Analysis> analyses, long now) {
        PreparedBatch batch = handle.prepareBatch(MARK_ANALYSED);
        analyses.forEach(a -> batch.bind("now", now).bind("id", a.alertId()).add());
        batch.execute();
    }
}
