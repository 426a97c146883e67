package io.winnow.alert;

import java.util.List;
import java.util.Objects;

/**
 * An analyst's answer before grounding. Values may be wrong, unknown or still masked: technique IDs are unchecked,
 * indicator values may carry mask tokens, and severity, verdict and indicator types are free text that grounding
 * normalises. Nothing here is shown to a user before it has been grounded into an {@link Analysis}.
 *
 * @param summary            one or two sentences on what happened, never null
 * @param attackVector       what the attacker is trying to do and how, never null
 * @param techniques         claimed ATT&CK techniques, best first
 * @param severity           claimed severity, free text such as {@code HIGH} or {@code warning}, or null
 * @param verdict            claimed verdict, free text, or null
 * @param confidence         the analyst's confidence, 0–1 (values outside are clamped by grounding)
 * @param threatCategory     a short category such as {@code credential-access} or {@code benign-admin}, or null
 * @param falsePositive      the false-positive assessment
 * @param iocs               claimed indicators of compromise
 * @param mitigations        recommended actions by horizon
 * @param nextSteps          investigation steps for the analyst
 * @param reasoning          why the analyst reached its verdict, never null
 * @param modelUsed          which analyst or model produced this, for example {@code builtin} or {@code ollama:llama3}
 * @param modelPath          the way taken through an analyst chain, one entry per link tried, for example
 *                           {@code ["ollama:llama3 timeout", "builtin"]}; empty for a single analyst
 * @param consensus          the comparison with the built-in analyst's opinion, or null when none was made
 * @param sentText           the masked text actually sent to a model, or null when no model was asked
 */
public record Finding(
        String summary,
        String attackVector,
        List<Claim> techniques,
        String severity,
        String verdict,
        double confidence,
        String threatCategory,
        FalsePositive falsePositive,
        List<IocClaim> iocs,
        Mitigations mitigations,
        List<String> nextSteps,
        String reasoning,
        String modelUsed,
        List<String> modelPath,
        Consensus consensus,
        String sentText) {

    /** A technique claim: an unchecked ID and where the analyst got it from. */
    public record Claim(String id, String source) {
        public Claim {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
        }
    }

    /** An indicator claim: type as free text, value possibly masked. */
    public record IocClaim(String type, String value, String context) {
        public IocClaim {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            context = context == null ? "" : context;
        }
    }

    public Finding {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(attackVector, "attackVector");
        Objects.requireNonNull(falsePositive, "falsePositive");
        Objects.requireNonNull(mitigations, "mitigations");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(modelUsed, "modelUsed");
        techniques = List.copyOf(techniques);
        iocs = List.copyOf(iocs);
        nextSteps = List.copyOf(nextSteps);
        modelPath = List.copyOf(modelPath);
    }

    /** A finding of a single analyst that sent nothing to a model. */
    public Finding(String summary, String attackVector, List<Claim> techniques, String severity, String verdict,
                   double confidence, String threatCategory, FalsePositive falsePositive, List<IocClaim> iocs,
                   Mitigations mitigations, List<String> nextSteps, String reasoning, String modelUsed) {
        this(summary, attackVector, techniques, severity, verdict, confidence, threatCategory, falsePositive, iocs,
                mitigations, nextSteps, reasoning, modelUsed, List.of(), null, null);
    }
}
