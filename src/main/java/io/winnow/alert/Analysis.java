package io.winnow.alert;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A grounded analysis: what Winnow stores and serves. Every technique is in the catalog, every indicator occurs
 * verbatim in the alert, every enum is one we know. This is the canonical analysis JSON
 * ({@code docs/analysis-schema.json}).
 *
 * @param id                  the analysis ID, never null
 * @param alertId             the ID of the alert it analyses, never null
 * @param source              the alert's source (see {@link Alert#source()}), never null
 * @param format              the alert's input format
 * @param receivedAt          when the alert was accepted
 * @param analyzedAt          when the analysis was finished
 * @param host                the alert's host, or null
 * @param rule                the alert's rule, or null
 * @param summary             what happened, in a sentence or two
 * @param attackVector        what the attacker is trying to do and how
 * @param mitreTechniques     ranked techniques, best first
 * @param severity            normalised severity
 * @param verdict             normalised verdict; {@link Verdict#NEEDS_INVESTIGATION} whenever confidence is below 0.7
 * @param confidence          0–1
 * @param lowConfidenceReason why the verdict was lowered to needs-investigation, or null
 * @param threatCategory      a short category, never null
 * @param falsePositive       the false-positive assessment
 * @param iocs                indicators of compromise, each verbatim in the alert
 * @param mitigations         recommended actions by horizon
 * @param nextSteps           investigation steps
 * @param reasoning           why
 * @param modelUsed           which analyst or model produced the finding
 * @param processingTimeMs    wall time from acceptance of the alert to the grounded analysis, in milliseconds
 * @param groundingNotes      what grounding changed (dropped IDs, upgraded IDs, discarded indicators …)
 * @param modelPath           the way taken through an analyst chain (see {@link Finding#modelPath()}); may be empty
 * @param consensus           the comparison with the built-in analyst, or null
 * @param sentText            the masked text that was sent to a model, or null when no model was asked
 */
public record Analysis(
        String id,
        String alertId,
        String source,
        SourceFormat format,
        Instant receivedAt,
        Instant analyzedAt,
        String host,
        String rule,
        String summary,
        String attackVector,
        List<TechniqueRef> mitreTechniques,
        Severity severity,
        Verdict verdict,
        double confidence,
        String lowConfidenceReason,
        String threatCategory,
        FalsePositive falsePositive,
        @JsonProperty("indicators_of_compromise") List<Ioc> iocs,
        Mitigations mitigations,
        List<String> nextSteps,
        String reasoning,
        String modelUsed,
        long processingTimeMs,
        List<String> groundingNotes,
        List<String> modelPath,
        Consensus consensus,
        String sentText) {

    public Analysis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(analyzedAt, "analyzedAt");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(attackVector, "attackVector");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(threatCategory, "threatCategory");
        Objects.requireNonNull(falsePositive, "falsePositive");
        Objects.requireNonNull(mitigations, "mitigations");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(modelUsed, "modelUsed");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        mitreTechniques = List.copyOf(mitreTechniques);
        iocs = List.copyOf(iocs);
        nextSteps = List.copyOf(nextSteps);
        groundingNotes = List.copyOf(groundingNotes);
        modelPath = List.copyOf(modelPath);
    }
}
