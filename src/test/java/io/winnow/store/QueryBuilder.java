package io.winnow.store;

import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;

import java.time.Instant;

/** Builds an {@link AnalysisQuery} one filter at a time. */
final class QueryBuilder {
    private Instant from;
    private Instant to;
    private Severity severity;
    private Verdict verdict;
    private String technique;
    private String host;
    private AnalystVerdict analystVerdict;
    private Boolean reviewed;

    QueryBuilder analystVerdict(AnalystVerdict value) {
        analystVerdict = value;
        return this;
    }

    QueryBuilder reviewed(Boolean value) {
        reviewed = value;
        return this;
    }

    QueryBuilder from(Instant value) {
        from = value;
        return this;
    }

    QueryBuilder to(Instant value) {
        to = value;
        return this;
    }

    QueryBuilder severity(Severity value) {
        severity = value;
        return this;
    }

    QueryBuilder verdict(Verdict value) {
        verdict = value;
        return this;
    }

    QueryBuilder technique(String value) {
        technique = value;
        return this;
    }

    QueryBuilder host(String value) {
        host = value;
        return this;
    }

    AnalysisQuery build() {
        return new AnalysisQuery(from, to, severity, verdict, technique, host, AnalysisQuery.MAX_LIMIT, 0,
                analystVerdict, reviewed);
    }
}
