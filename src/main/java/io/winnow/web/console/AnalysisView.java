package io.winnow.web.console;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.AnalystVerdict;
import io.winnow.alert.TechniqueRef;
import io.winnow.store.Feedback;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an analysis page shows: the original alert, what was (or would be) sent to a model, the analysis and the
 * analyst's feedback.
 *
 * @param analysis     the analysis, never null
 * @param alert        the original alert, never null
 * @param sentText     the masked text sent to a model, or, when no model was asked, the masked text that would be
 * @param sentToModel  whether {@code sentText} was really sent
 * @param masked       kinds masked with their counts, for the text that would be sent; empty when it was sent
 * @param feedback     the analyst's feedback, or null
 * @param stored       whether the analysis is stored (only a stored one takes feedback)
 */
public record AnalysisView(Analysis analysis, Alert alert, String sentText, boolean sentToModel,
                           Map<String, Integer> masked, Feedback feedback, boolean stored) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public AnalysisView {
        masked = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(masked));
    }

    /** The technique's page on attack.mitre.org ({@code T1059.004} → {@code …/techniques/T1059/004/}). */
    public static String attackUrl(String techniqueId) {
        return "https://attack.mitre.org/techniques/" + techniqueId.replace('.', '/') + "/";
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A CSS class suffix for a severity or verdict name. */
    public static String cssName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<TechniqueRef> techniques() {
        return analysis.mitreTechniques();
    }

    public String confidencePercent() {
        return Math.round(analysis.confidence() * 100) + "%";
    }

    public String falsePositivePercent() {
        return Math.round(analysis.falsePositive().likelihood() * 100) + "%";
    }

    public List<AnalystVerdict> choices() {
        return List.of(AnalystVerdict.values());
    }

    /** The alert's other fields, in source order. */
    public List<Map.Entry<String, String>> fields() {
        return alert.fields().entrySet().stream().filter(e -> e.getValue() != null).toList();
    }
}
