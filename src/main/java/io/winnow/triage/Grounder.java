package io.winnow.triage;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Ioc;
import io.winnow.alert.IocType;
import io.winnow.alert.Mitigations;
import io.winnow.alert.Severity;
import io.winnow.alert.TechniqueRef;
import io.winnow.alert.Verdict;
import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Resolution;
import io.winnow.mask.MaskMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ground stage: turns any analyst's {@link Finding} into an {@link Analysis} that can be trusted as far as its
 * facts go. Technique IDs are checked against the catalog (revoked ones upgraded, unknown ones dropped), indicators
 * are kept only if they occur verbatim in the alert once unmasked, free-text enums are normalised, and every mask
 * token is restored. Each change is recorded in {@link Analysis#groundingNotes()}.
 */
final class Grounder {
    private final AttackCatalog catalog;
    private final double lowConfidenceThreshold;

    Grounder(AttackCatalog catalog, double lowConfidenceThreshold) {
        this.catalog = catalog;
        this.lowConfidenceThreshold = lowConfidenceThreshold;
    }

    /** Identity and timing of the analysis being made, decided by the pipeline. */
    record Stamp(String analysisId, Instant analyzedAt, long processingTimeMs) {
    }

    Analysis ground(Alert alert, MaskMap map, Finding finding, Stamp stamp) {
        List<String> notes = new ArrayList<>();
        List<TechniqueRef> techniques = techniques(finding.techniques(), notes);
        Severity severity = severity(alert, finding.severity(), notes);
        double confidence = confidence(finding.confidence(), notes);
        Verdict verdict = Verdict.parse(finding.verdict()).orElseGet(() -> {
            notes.add("verdict '" + clip(finding.verdict()) + "' is not one we know: set to NEEDS_INVESTIGATION");
            return Verdict.NEEDS_INVESTIGATION;
        });
        String lowConfidenceReason = null;
        if (confidence < lowConfidenceThreshold && verdict != Verdict.NEEDS_INVESTIGATION) {
            lowConfidenceReason = String.format(Locale.ROOT,
                    "confidence %.2f is below %.2f, so the %s verdict needs a human to confirm it",
                    confidence, lowConfidenceThreshold, verdict.label().toLowerCase(Locale.ROOT));
            verdict = Verdict.NEEDS_INVESTIGATION;
        } else if (confidence < lowConfidenceThreshold) {
            lowConfidenceReason = String.format(Locale.ROOT, "confidence %.2f is below %.2f",
                    confidence, lowConfidenceThreshold);
        }
        return new Analysis(stamp.analysisId(), alert.id(), alert.source(), alert.format(), alert.receivedAt(),
                stamp.analyzedAt(), alert.host(), alert.rule(),
                map.unmask(finding.summary()), map.unmask(finding.attackVector()), techniques, severity, verdict,
                confidence, lowConfidenceReason, threatCategory(finding.threatCategory(), techniques),
                new FalsePositive(finding.falsePositive().likelihood(),
                        unmaskAll(map, finding.falsePositive().commonCauses())),
                iocs(alert, map, finding.iocs(), notes), mitigations(map, finding.mitigations()),
                unmaskAll(map, finding.nextSteps()), map.unmask(finding.reasoning()), finding.modelUsed(),
                stamp.processingTimeMs(), notes, finding.modelPath(), consensus(map, finding.consensus()),
                finding.sentText());
    }

    private List<TechniqueRef> techniques(List<Finding.Claim> claims, List<String> notes) {
        Map<String, TechniqueRef> kept = new LinkedHashMap<>();
        for (Finding.Claim claim : claims) {
            switch (catalog.resolve(claim.id())) {
                case Resolution.Active a -> kept.putIfAbsent(a.technique().id(), ref(a.technique(), claim.source()));
                case Resolution.Upgraded u -> {
                    notes.add("technique " + u.requestedId() + " is revoked: upgraded to " + u.technique().id());
                    kept.putIfAbsent(u.technique().id(), ref(u.technique(), claim.source()));
                }
                case Resolution.Deprecated d ->
                        notes.add("technique " + d.requestedId() + " is deprecated in ATT&CK: dropped");
                case Resolution.Unknown u ->
                        notes.add("technique '" + clip(u.requestedId()) + "' is not in the ATT&CK catalog: dropped");
            }
        }
        return List.copyOf(kept.values());
    }

    private TechniqueRef ref(io.winnow.attack.Technique t, String source) {
        return new TechniqueRef(t.id(), catalog.displayName(t), t.tactics(), source);
    }

    private static Severity severity(Alert alert, String claimed, List<String> notes) {
        return Severity.parse(claimed).orElseGet(() -> {
            Severity fallback = alert.level() != null ? alert.level().severity() : Severity.MEDIUM;
            notes.add("severity '" + clip(claimed) + "' is not one we know: set to " + fallback);
            return fallback;
        });
    }

    private static double confidence(double claimed, List<String> notes) {
        if (Double.isNaN(claimed)) {
            notes.add("confidence was not a number: set to 0");
            return 0;
        }
        if (claimed < 0 || claimed > 1) {
            double clamped = Math.max(0, Math.min(1, claimed));
            notes.add(String.format(Locale.ROOT, "confidence %s is outside 0..1: clamped to %.2f", claimed, clamped));
            return clamped;
        }
        return claimed;
    }

    private static List<Ioc> iocs(Alert alert, MaskMap map, List<Finding.IocClaim> claims, List<String> notes) {
        String evidence = alert.evidenceText();
        Set<Ioc> kept = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding.IocClaim claim : claims) {
            String value = map.unmask(claim.value()).strip();
            var type = IocType.parse(claim.type());
            if (type.isEmpty()) {
                notes.add("indicator type '" + clip(claim.type()) + "' is not one we know: dropped");
            } else if (value.isEmpty() || !evidence.contains(value)) {
                notes.add("indicator " + type.get().wireName() + " not found verbatim in the alert: dropped");
            } else if (seen.add(value)) {
                kept.add(new Ioc(retype(type.get(), value), value, map.unmask(claim.context())));
            }
        }
        return List.copyOf(kept);
    }

    /** An IP claimed as the wrong family is still an IP: the value decides. */
    private static IocType retype(IocType claimed, String value) {
        if (claimed == IocType.IPV4 || claimed == IocType.IPV6) {
            return value.indexOf(':') >= 0 ? IocType.IPV6 : IocType.IPV4;
        }
        return claimed;
    }

    private static String threatCategory(String claimed, List<TechniqueRef> techniques) {
        if (claimed != null && !claimed.isBlank()) {
            return claimed.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
        return techniques.stream().flatMap(t -> t.tactics().stream()).findFirst().orElse("uncategorised");
    }

    private static io.winnow.alert.Consensus consensus(MaskMap map, io.winnow.alert.Consensus c) {
        return c == null ? null : new io.winnow.alert.Consensus(c.agreement(), unmaskAll(map, c.details()));
    }

    private static Mitigations mitigations(MaskMap map, Mitigations m) {
        return new Mitigations(unmaskAll(map, m.immediate()), unmaskAll(map, m.shortTerm()),
                unmaskAll(map, m.longTerm()));
    }

    private static List<String> unmaskAll(MaskMap map, List<String> texts) {
        return texts.stream().map(map::unmask).toList();
    }

    /** Claimed values are untrusted: notes quote at most a short, single-line prefix. */
    private static String clip(String text) {
        if (text == null) {
            return "null";
        }
        String line = text.replaceAll("[\\r\\n\\t]", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
