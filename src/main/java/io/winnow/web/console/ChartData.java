package io.winnow.web.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import io.winnow.store.TriageSummary;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a {@link TriageSummary} into the chart data {@code console.js} draws: labels and series, nothing else. */
final class ChartData {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper();

    DashboardView.Charts of(TriageSummary summary) {
        List<String> severities = new ArrayList<>();
        List<Long> severityCounts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            severities.add(s.name());
            severityCounts.add(summary.bySeverity().getOrDefault(s, 0L));
        }
        List<String> verdicts = new ArrayList<>();
        List<Long> verdictCounts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            verdicts.add(v.name());
            verdictCounts.add(summary.byVerdict().getOrDefault(v, 0L));
        }
        return new DashboardView.Charts(
                write(Map.of("labels", severities, "series", List.of(Map.of("name", "alerts", "data", severityCounts)))),
                write(Map.of("labels", verdicts, "series", List.of(Map.of("name", "alerts", "data", verdictCounts)))),
                write(timeline(summary)));
    }

    private static Map<String, Object> timeline(TriageSummary summary) {
        List<Long> starts = summary.timeline().stream().map(b -> b.start().toEpochMilli()).distinct().toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (Severity s : Severity.values()) {
            Map<Long, Long> counts = new LinkedHashMap<>();
            starts.forEach(t -> counts.put(t, 0L));
            summary.timeline().stream().filter(b -> b.severity() == s)
                    .forEach(b -> counts.put(b.start().toEpochMilli(), b.count()));
            series.add(Map.of("name", s.name(), "data", List.copyOf(counts.values())));
        }
        List<String> labels = starts.stream().map(t -> MINUTES.format(java.time.Instant.ofEpochMilli(t))).toList();
        return Map.of("labels", labels, "series", series);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data not serialisable", e);
        }
    }
}
