package io.winnow.store;

import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows, counted by the database over the analyses an {@link AnalysisQuery} matches (its limit
 * and offset are ignored). Maps hold every enum value, zero counts included.
 *
 * @param total         analyses matched
 * @param bySeverity    analyses per severity
 * @param byVerdict     analyses per automatic verdict
 * @param techniques    analyses listing each technique ID (any rank), most first, then by ID
 * @param topRules      the most frequent rules, most first (analyses without a rule are left out)
 * @param topHosts      the most frequent hosts, most first (analyses without a host are left out)
 * @param timeline      analyses per time bucket and severity, oldest bucket first; empty buckets are left out
 * @param bucketMillis  the width of a timeline bucket, in milliseconds
 * @param reviewed      analyses with analyst feedback
 * @param agreed        of those, how many the analyst agreed with
 * @param byAnalyst     analyses per analyst verdict
 */
public record TriageSummary(long total, Map<Severity, Long> bySeverity, Map<Verdict, Long> byVerdict,
                            List<Count> techniques, List<Count> topRules, List<Count> topHosts,
                            List<Bucket> timeline, long bucketMillis, long reviewed, long agreed,
                            Map<AnalystVerdict, Long> byAnalyst) {

    public TriageSummary {
        bySeverity = Map.copyOf(bySeverity);
        byVerdict = Map.copyOf(byVerdict);
        techniques = List.copyOf(techniques);
        topRules = List.copyOf(topRules);
        topHosts = List.copyOf(topHosts);
        timeline = List.copyOf(timeline);
        byAnalyst = Map.copyOf(byAnalyst);
    }

    /** A value and how many analyses have it. */
    public record Count(String value, long count) {
    }

    /**
     * The analyses of one severity received in one time bucket.
     *
     * @param start    the bucket's first instant
     * @param severity the severity
     * @param count    how many
     */
    public record Bucket(Instant start, Severity severity, long count) {
    }

    /** Share of analyses whose automatic verdict is {@link Verdict#FALSE_POSITIVE}, 0–1; 0 when there are none. */
    public double falsePositiveRate() {
        return total == 0 ? 0 : (double) byVerdict.getOrDefault(Verdict.FALSE_POSITIVE, 0L) / total;
    }

    /** Share of reviewed analyses the analyst agreed with, 0–1; 0 when none was reviewed. */
    public double agreementRate() {
        return reviewed == 0 ? 0 : (double) agreed / reviewed;
    }
}
