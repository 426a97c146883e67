package io.winnow.web.console;

import io.winnow.alert.Analysis;
import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import io.winnow.store.Page;
import io.winnow.store.TriageSummary;

import java.util.List;
import java.util.Locale;

/**
 * What the dashboard shows.
 *
 * @param filter        the filters in force, echoed into the form
 * @param summary       the counts over everything the filters match
 * @param coverage      the ATT&CK coverage matrix
 * @param topTechniques the most seen techniques, with their names
 * @param log           the page of the enriched alert log
 * @param charts        the chart data, JSON for {@code console.js}
 * @param feedback      the analyst feedback on the log's analyses that have some, by analysis ID
 */
public record DashboardView(DashboardFilter filter, TriageSummary summary, CoverageMatrix coverage,
                            List<Named> topTechniques, Page<Analysis> log, Charts charts,
                            java.util.Map<String, io.winnow.store.Feedback> feedback) {
    public DashboardView {
        topTechniques = List.copyOf(topTechniques);
        feedback = java.util.Map.copyOf(feedback);
    }

    /** The analyst feedback on one analysis of the log, or null. */
    public io.winnow.store.Feedback feedbackOn(Analysis analysis) {
        return feedback.get(analysis.id());
    }

    /** A counted technique with its display name. */
    public record Named(String id, String name, long count) {
    }

    /**
     * The data of each chart as JSON, put in {@code data-chart} attributes (escaped) rather than inline script.
     *
     * @param severity severity distribution
     * @param verdicts verdict counts
     * @param timeline alerts per time bucket, stacked by severity
     */
    public record Charts(String severity, String verdicts, String timeline) {
    }

    public List<Severity> severities() {
        return List.of(Severity.values());
    }

    public List<Verdict> verdicts() {
        return List.of(Verdict.values());
    }

    public List<AnalystVerdict> analystVerdicts() {
        return List.of(AnalystVerdict.values());
    }

    /** "True Positive 41 · False Positive 10 · …". */
    public String verdictLine() {
        return String.join(" · ", verdicts().stream()
                .map(v -> v.label() + " " + summary.byVerdict().getOrDefault(v, 0L)).toList());
    }

    /** "Confirmed 3 · False positive 1 · Benign 0". */
    public String analystLine() {
        return String.join(" · ", analystVerdicts().stream()
                .map(v -> v.label() + " " + summary.byAnalyst().getOrDefault(v, 0L)).toList());
    }

    public String falsePositiveRate() {
        return percent(summary.falsePositiveRate());
    }

    public String agreementRate() {
        return summary.reviewed() == 0 ? "–" : percent(summary.agreementRate());
    }

    public boolean hasPrevious() {
        return filter.offset() > 0;
    }

    public boolean hasNext() {
        return filter.offset() + log.items().size() < log.total();
    }

    public String previousLink() {
        return filter.pageLink(Math.max(0, filter.offset() - DashboardFilter.PAGE));
    }

    public String nextLink() {
        return filter.pageLink(filter.offset() + DashboardFilter.PAGE);
    }

    /** "1–50 of 120". */
    public String logRange() {
        if (log.items().isEmpty()) {
            return "0 of " + log.total();
        }
        return (filter.offset() + 1) + "–" + (filter.offset() + log.items().size()) + " of " + log.total();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
