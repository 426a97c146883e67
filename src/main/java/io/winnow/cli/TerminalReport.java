package io.winnow.cli;

import io.winnow.alert.Analysis;
import io.winnow.alert.Ioc;
import io.winnow.alert.TechniqueRef;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints an analysis for a person at a terminal, laid out like SIB's report. */
final class TerminalReport {
    private static final String RULE = "=".repeat(78);

    private TerminalReport() {
    }

    static void print(Analysis a, PrintWriter out) {
        out.println(RULE);
        out.printf(Locale.ROOT, "%s  [%s | %s | confidence %.2f]%n", oneLine(a.rule() != null ? a.rule()
                : a.summary()), a.severity(), a.verdict(), a.confidence());
        out.printf("host: %s   source: %s   alert: %s   analysis: %s%n", orDash(a.host()), a.source(), a.alertId(),
                a.id());
        out.println(RULE);
        section(out, "SUMMARY");
        out.println("  " + oneLine(a.summary()));
        section(out, "ATTACK VECTOR");
        out.println("  " + oneLine(a.attackVector()));
        section(out, "MITRE ATT&CK");
        if (a.mitreTechniques().isEmpty()) {
            out.println("  none recognised");
        }
        for (TechniqueRef t : a.mitreTechniques()) {
            out.printf("  %-10s %s  [%s]  (%s)%n", t.id(), t.name(), String.join(", ", t.tactics()), t.source());
        }
        section(out, "RISK ASSESSMENT");
        out.printf(Locale.ROOT, "  severity %s, verdict %s, confidence %.2f%n", a.severity(), a.verdict(),
                a.confidence());
        if (a.lowConfidenceReason() != null) {
            out.println("  " + a.lowConfidenceReason());
        }
        out.println("  " + oneLine(a.reasoning()));
        section(out, "MITIGATIONS");
        list(out, "Immediate", a.mitigations().immediate());
        list(out, "This week", a.mitigations().shortTerm());
        list(out, "This quarter", a.mitigations().longTerm());
        section(out, "FALSE POSITIVE ASSESSMENT");
        out.printf(Locale.ROOT, "  likelihood %s (%.2f)%n", a.falsePositive().label(), a.falsePositive().likelihood());
        list(out, "Common causes", a.falsePositive().commonCauses());
        section(out, "INDICATORS OF COMPROMISE");
        if (a.iocs().isEmpty()) {
            out.println("  none");
        }
        for (Ioc i : a.iocs()) {
            out.printf("  %-15s %s%n", i.type().wireName(), oneLine(i.value()));
        }
        section(out, "NEXT STEPS");
        for (int i = 0; i < a.nextSteps().size(); i++) {
            out.printf("  %d. %s%n", i + 1, a.nextSteps().get(i));
        }
        out.printf("%nmodel: %s   time: %d ms%n%n", a.modelUsed(), a.processingTimeMs());
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }

    private static void list(PrintWriter out, String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.println("  " + label + ":");
        items.forEach(i -> out.println("    - " + oneLine(i)));
    }

    /** Alert text is hostile: no control characters (terminal escapes) reach the terminal. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ");
    }

    private static String orDash(String s) {
        return s == null ? "-" : oneLine(s);
    }
}
