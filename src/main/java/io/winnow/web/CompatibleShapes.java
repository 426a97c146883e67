package io.winnow.web;

import io.winnow.alert.Alert;
import io.winnow.alert.Analysis;
import io.winnow.alert.EntityType;
import io.winnow.alert.Ioc;
import io.winnow.alert.IocType;
import io.winnow.alert.TechniqueRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answers of the endpoints that keep other tools' contracts: SIB's {@code /api/analyze}, the triage API's
 * {@code /analyze} and {@code /analyze_alert}. All are views of one canonical {@link Analysis}.
 */
final class CompatibleShapes {
    private CompatibleShapes() {
    }

    /** The triage API's response to {@code POST /analyze} and each {@code /batch} result. */
    static Map<String, Object> triage(Alert alert, Analysis a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("alert_id", alert.externalId() != null ? alert.externalId() : alert.id());
        out.put("analysis_id", a.id());
        out.put("severity", a.severity().name());
        out.put("verdict", a.verdict().label());
        out.put("confidence", a.confidence());
        out.put("threat_category", a.threatCategory());
        out.put("mitre_techniques", a.mitreTechniques().stream().map(CompatibleShapes::label).toList());
        out.put("indicators_of_compromise", a.iocs().stream().map(CompatibleShapes::ioc).toList());
        out.put("recommendations", recommendations(a));
        out.put("analysis_reasoning", a.reasoning());
        out.put("false_positive_likelihood", a.falsePositive().label().toUpperCase(Locale.ROOT));
        out.put("next_steps", a.nextSteps());
        out.put("processing_time_ms", a.processingTimeMs());
        out.put("model_used", a.modelUsed());
        if (a.lowConfidenceReason() != null) {
            out.put("low_confidence_reason", a.lowConfidenceReason());
        }
        return out;
    }

    /** SIB's response to {@code POST /api/analyze}. */
    static Map<String, Object> sib(Analysis a, boolean stored) {
        Map<String, Object> mitre = new LinkedHashMap<>();
        TechniqueRef first = a.mitreTechniques().isEmpty() ? null : a.mitreTechniques().getFirst();
        mitre.put("tactic", first == null || first.tactics().isEmpty() ? null : first.tactics().getFirst());
        mitre.put("technique_id", first == null ? null : first.id());
        mitre.put("technique_name", first == null ? null : first.name());
        mitre.put("sub_technique", first != null && first.id().contains(".") ? first.id() : null);
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("severity", a.severity().name().toLowerCase(Locale.ROOT));
        risk.put("confidence", a.confidence() >= 0.8 ? "high" : a.confidence() >= 0.5 ? "medium" : "low");
        risk.put("impact", a.summary());
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("attack_vector", a.attackVector());
        analysis.put("mitre_attack", mitre);
        analysis.put("risk", risk);
        analysis.put("mitigations", Map.of("immediate", a.mitigations().immediate(),
                "short_term", a.mitigations().shortTerm(), "long_term", a.mitigations().longTerm()));
        analysis.put("false_positive", Map.of("likelihood", a.falsePositive().label(),
                "common_causes", a.falsePositive().commonCauses()));
        analysis.put("investigate", a.nextSteps());
        analysis.put("summary", a.summary());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("analysis", analysis);
        out.put("analysis_id", a.id());
        out.put("alert_id", a.alertId());
        out.put("stored", stored);
        return out;
    }

    /** The triage API's response to {@code POST /analyze_alert}. */
    static Map<String, Object> rawAlert(Alert alert, Analysis a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("summary", a.summary());
        out.put("severity", a.severity().name());
        out.put("mitre_technique", a.mitreTechniques().isEmpty() ? null : label(a.mitreTechniques().getFirst()));
        out.put("recommendation", a.mitigations().immediate().isEmpty() ? null : a.mitigations().immediate().getFirst());
        out.put("source_ip", sourceIp(alert, a));
        return out;
    }

    private static String sourceIp(Alert alert, Analysis a) {
        List<String> typed = alert.valuesOf(EntityType.SOURCE_IP);
        if (!typed.isEmpty()) {
            return typed.getFirst();
        }
        return a.iocs().stream().filter(i -> i.type() == IocType.IPV4 || i.type() == IocType.IPV6)
                .map(Ioc::value).findFirst().orElse(null);
    }

    private static String label(TechniqueRef t) {
        return t.id() + " - " + t.name();
    }

    private static Map<String, Object> ioc(Ioc i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", i.type().wireName());
        out.put("value", i.value());
        out.put("context", i.context());
        return out;
    }

    private static List<String> recommendations(Analysis a) {
        List<String> out = new ArrayList<>();
        a.mitigations().immediate().forEach(m -> out.add("IMMEDIATE: " + m));
        a.mitigations().shortTerm().forEach(m -> out.add("SHORT-TERM: " + m));
        a.mitigations().longTerm().forEach(m -> out.add("LONG-TERM: " + m));
        return out;
    }
}
