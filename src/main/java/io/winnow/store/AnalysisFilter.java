package io.winnow.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of an {@link AnalysisQuery} over {@code analyses a}, with its named parameters. Only the filters
 * that are set appear, so each query can use the index of its filter. Instants compare at millisecond precision,
 * the precision of the columns.
 *
 * @param where      {@code WHERE …}, or empty when nothing is filtered
 * @param parameters values for the named parameters in {@code where}
 */
record AnalysisFilter(String where, Map<String, Object> parameters) {

    static AnalysisFilter of(AnalysisQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.from() != null) {
            conditions.add("a.received_at >= :from");
            parameters.put("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            conditions.add("a.received_at < :to");
            parameters.put("to", query.to().toEpochMilli());
        }
        if (query.severity() != null) {
            conditions.add("a.severity = :severity");
            parameters.put("severity", query.severity().name());
        }
        if (query.verdict() != null) {
            conditions.add("a.verdict = :verdict");
            parameters.put("verdict", query.verdict().name());
        }
        if (query.host() != null) {
            conditions.add("a.host = :host");
            parameters.put("host", TextColumns.clean(query.host()));
        }
        if (query.technique() != null) {
            conditions.add("EXISTS (SELECT 1 FROM analysis_techniques t"
                    + " WHERE t.analysis_id = a.id AND t.technique_id = :technique)");
            parameters.put("technique", TextColumns.clean(query.technique()));
        }
        if (query.analystVerdict() != null) {
            conditions.add("EXISTS (SELECT 1 FROM analyst_feedback f"
                    + " WHERE f.analysis_id = a.id AND f.verdict = :analystVerdict)");
            parameters.put("analystVerdict", query.analystVerdict().name());
        }
        if (query.reviewed() != null) {
            conditions.add((query.reviewed() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM analyst_feedback f"
                    + " WHERE f.analysis_id = a.id)");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new AnalysisFilter(where, Map.copyOf(parameters));
    }
}
