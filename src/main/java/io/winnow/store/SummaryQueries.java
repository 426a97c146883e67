package io.winnow.store;

import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's aggregations, each one GROUP BY in the database over the analyses a filter matches; nothing
 * loads the analyses themselves. Plain SQL that SQLite and PostgreSQL both run.
 */
final class SummaryQueries {
    static final int TOP = 10;
    private static final long MINUTE = 60_000L;
    /** Bucket widths for the timeline, so that a range gives at most about 48 buckets. */
    private static final long[] BUCKETS = {MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE, 6 * 60 * MINUTE,
            24 * 60 * MINUTE, 7 * 24 * 60 * MINUTE};

    private SummaryQueries() {
    }

    static TriageSummary summarize(Handle handle, AnalysisFilter filter) {
        Map<Severity, Long> bySeverity = counts(handle, filter, "a.severity", Severity.class);
        Map<Verdict, Long> byVerdict = counts(handle, filter, "a.verdict", Verdict.class);
        long total = bySeverity.values().stream().mapToLong(Long::longValue).sum();
        long bucket = bucketWidth(handle, filter);
        Map<AnalystVerdict, Long> byAnalyst = new EnumMap<>(AnalystVerdict.class);
        for (AnalystVerdict v : AnalystVerdict.values()) {
            byAnalyst.put(v, 0L);
        }
        long[] agreement = {0, 0};
        handle.createQuery("SELECT f.verdict, COUNT(*) AS n, SUM(f.agrees) AS agreed FROM analyst_feedback f"
                        + " JOIN analyses a ON a.id = f.analysis_id" + filter.where() + " GROUP BY f.verdict")
                .bindMap(filter.parameters())
                .map((rs, ctx) -> {
                    byAnalyst.put(AnalystVerdict.valueOf(rs.getString("verdict")), rs.getLong("n"));
                    agreement[0] += rs.getLong("n");
                    agreement[1] += rs.getLong("agreed");
                    return null;
                }).list();
        return new TriageSummary(total, bySeverity, byVerdict, techniques(handle, filter),
                top(handle, filter, "a.rule"), top(handle, filter, "a.host"), timeline(handle, filter, bucket),
                bucket, agreement[0], agreement[1], byAnalyst);
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Handle handle, AnalysisFilter filter, String column,
                                                         Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            counts.put(e, 0L);
        }
        handle.createQuery("SELECT " + column + " AS v, COUNT(*) AS n FROM analyses a" + filter.where()
                        + " GROUP BY " + column)
                .bindMap(filter.parameters())
                .map((rs, ctx) -> counts.put(Enum.valueOf(type, rs.getString("v")), rs.getLong("n")))
                .list();
        return counts;
    }

    private static List<TriageSummary.Count> techniques(Handle handle, AnalysisFilter filter) {
        return handle.createQuery("SELECT t.technique_id AS v, COUNT(DISTINCT a.id) AS n FROM analysis_techniques t"
                        + " JOIN analyses a ON a.id = t.analysis_id" + filter.where()
                        + " GROUP BY t.technique_id ORDER BY n DESC, v")
                .bindMap(filter.parameters())
                .map((rs, ctx) -> new TriageSummary.Count(rs.getString("v"), rs.getLong("n")))
                .list();
    }

    private static List<TriageSummary.Count> top(Handle handle, AnalysisFilter filter, String column) {
        String where = filter.where().isEmpty() ? " WHERE " + column + " IS NOT NULL"
                : filter.where() + " AND " + column + " IS NOT NULL";
        return handle.createQuery("SELECT " + column + " AS v, COUNT(*) AS n FROM analyses a" + where
                        + " GROUP BY " + column + " ORDER BY n DESC, v LIMIT " + TOP)
                .bindMap(filter.parameters())
                .map((rs, ctx) -> new TriageSummary.Count(rs.getString("v"), rs.getLong("n")))
                .list();
    }

    private static long bucketWidth(Handle handle, AnalysisFilter filter) {
        List<Long> span = handle.createQuery("SELECT COALESCE(MAX(a.received_at) - MIN(a.received_at), 0) AS s"
                        + " FROM analyses a" + filter.where())
                .bindMap(filter.parameters())
                .mapTo(Long.class)
                .list();
        long range = span.isEmpty() || span.getFirst() == null ? 0 : span.getFirst();
        for (long width : BUCKETS) {
            if (range / width < 48) {
                return width;
            }
        }
        return BUCKETS[BUCKETS.length - 1];
    }

    private static List<TriageSummary.Bucket> timeline(Handle handle, AnalysisFilter filter, long bucket) {
        // Integer division on BIGINT truncates on both databases; received_at is never negative.
        return handle.createQuery("SELECT (a.received_at / " + bucket + ") * " + bucket + " AS b, a.severity AS s,"
                        + " COUNT(*) AS n FROM analyses a" + filter.where()
                        + " GROUP BY (a.received_at / " + bucket + ") * " + bucket + ", a.severity ORDER BY b, s")
                .bindMap(filter.parameters())
                .map((rs, ctx) -> new TriageSummary.Bucket(Instant.ofEpochMilli(rs.getLong("b")),
                        Severity.valueOf(rs.getString("s")), rs.getLong("n")))
                .list();
    }
}
