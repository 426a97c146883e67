package io.winnow.analyst.builtin;

import io.winnow.alert.Severity;
import io.winnow.alert.Verdict;
import io.winnow.mask.AssetSignals;
import io.winnow.mask.MaskedAlert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Weighs the evidence: severity from the source's level, the behaviour and the asset signals; confidence from how
 * much of the evidence agrees; the verdict from both and from known-benign activity. Every step leaves a sentence
 * in the reasoning. Stateless and thread-safe.
 */
final class Assessor {
    /** Below this confidence the analyst says a human must look, whatever the configured threshold. */
    static final double LOW_CONFIDENCE = 0.7;
    private static final Set<String> HIGH_STAKES_TACTICS = Set.of("credential-access", "impact", "exfiltration",
            "command-and-control", "lateral-movement", "privilege-escalation");

    /** The outcome: severity, verdict, confidence and the false-positive likelihood. */
    record Judgement(Severity severity, Verdict verdict, double confidence, double falsePositiveLikelihood) {
    }

    Judgement judge(MaskedAlert alert, Evidence ev, List<String> tactics) {
        AssetSignals assets = alert.assets();
        BehaviorPattern benign = ev.benignCause();
        BehaviorPattern top = ev.topBehavior();
        if (benign != null && top != null && top.confidence() >= 0.9 && top.severity().compareTo(Severity.HIGH) >= 0) {
            ev.reasons.add("It looks like " + benign.benignCause() + ", but it also matches " + top.name()
                    + ", which that activity does not explain: a human should decide.");
            return new Judgement(severity(alert, ev, tactics), Verdict.NEEDS_INVESTIGATION, 0.55, 0.5);
        }
        if (benign != null) {
            ev.reasons.add("It matches known-benign activity (" + benign.id() + "): " + benign.benignCause() + ".");
            ev.reasons.add("Severity is LOW because the activity looks benign.");
            return new Judgement(Severity.LOW, Verdict.FALSE_POSITIVE, benign.confidence(), 0.85);
        }
        if (assets.allowListedScanner()) {
            ev.reasons.add("The source is on the scanner allow-list (analyst.scanner_allowlist): an approved scan.");
            return new Judgement(Severity.LOW, Verdict.BENIGN_POSITIVE, 0.8, 0.9);
        }
        Severity severity = severity(alert, ev, tactics);
        double confidence = confidence(ev);
        Verdict verdict = ev.claims.isEmpty() || confidence < LOW_CONFIDENCE
                ? Verdict.NEEDS_INVESTIGATION : Verdict.TRUE_POSITIVE;
        double fp = Math.round(Math.max(0.05, Math.min(0.6, 1.0 - confidence)) * 100) / 100.0;
        return new Judgement(severity, verdict, confidence, fp);
    }

    private static Severity severity(MaskedAlert alert, Evidence ev, List<String> tactics) {
        BehaviorPattern top = ev.topBehavior();
        Severity behavior = top != null ? top.severity() : null;
        Severity severity;
        if (alert.level() != null) {
            severity = alert.level().severity();
            ev.reasons.add("The source rated it " + alert.level().raw() + " (" + alert.level().scheme()
                    + "), that is " + severity + ".");
        } else if (behavior != null) {
            severity = behavior;
            ev.reasons.add("The source gave no level; " + top.name() + " is " + severity + " on its own.");
            behavior = null;
        } else {
            severity = Severity.MEDIUM;
            ev.reasons.add("The source gave no level, so severity starts at MEDIUM.");
        }
        if (behavior != null && behavior.compareTo(severity) > 0) {
            severity = Severity.values()[(severity.ordinal() + behavior.ordinal() + 1) / 2];
            ev.reasons.add("Raised to " + severity + " because " + top.name() + " is "
                    + behavior.name().toLowerCase(Locale.ROOT) + " severity on its own.");
        } else if (top == null && severity.compareTo(Severity.HIGH) < 0) {
            String stakes = tactics.stream().filter(HIGH_STAKES_TACTICS::contains).findFirst().orElse(null);
            if (stakes != null) {
                severity = raise(severity);
                ev.reasons.add("Raised to " + severity + " because it points to " + stakes.replace('-', ' ') + ".");
            }
        }
        return assets(alert.assets(), severity, ev);
    }

    private static Severity assets(AssetSignals assets, Severity severity, Evidence ev) {
        List<String> why = new ArrayList<>();
        if (assets.production()) {
            why.add("the host is in production (analyst.production_hosts)");
        }
        if (assets.crownJewel()) {
            why.add("it touches a crown-jewel path (analyst.crown_jewel_paths)");
        }
        if (assets.privilegedUser()) {
            why.add("a privileged account is involved (analyst.privileged_users)");
        }
        if (why.isEmpty() || ev.claims.isEmpty()) {
            return severity;
        }
        Severity raised = raise(severity);
        ev.reasons.add((raised == severity ? "Kept at " : "Raised to ") + raised + " because "
                + String.join(" and ", why) + ".");
        return raised;
    }

    private static Severity raise(Severity s) {
        return s == Severity.CRITICAL ? s : Severity.values()[s.ordinal() + 1];
    }

    /** Starts from the strongest signal and moves with agreement and disagreement between signals. */
    private static double confidence(Evidence ev) {
        if (ev.claims.isEmpty()) {
            ev.reasons.add("Nothing in the alert maps to a known technique, so a human should look.");
            return ev.tacticHints.isEmpty() ? 0.35 : 0.55;
        }
        BehaviorPattern top = ev.topBehavior();
        BehaviorPattern rule = ev.rules.isEmpty() ? null : ev.rules.getFirst();
        double c = 0;
        c = Math.max(c, ev.tagged > 0 ? 0.8 : 0);
        c = Math.max(c, top != null ? top.confidence() : 0);
        c = Math.max(c, rule != null ? Math.min(0.75, rule.confidence()) : 0);
        if (ev.has("similarity")) {
            c = Math.max(c, 0.3 + 0.25 * ev.similarityScore);
            ev.reasons.add("Confidence is low because only text similarity suggests a technique.");
        }
        c += agreement(ev, "alert-tag", "behavior", 0.08, -0.1);
        c += agreement(ev, "behavior", "rule", 0.05, -0.05);
        c += agreement(ev, "alert-tag", "rule", 0.04, -0.05);
        if (top != null && ev.behaviors.size() > 1 && independent(top, ev.behaviors.get(1))
                && ev.behaviors.get(1).techniques().stream()
                .anyMatch(t -> top.techniques().stream().anyMatch(u -> Evidence.family(u).equals(Evidence.family(t))))) {
            c += 0.04;
            ev.reasons.add("Two behaviour patterns (" + top.id() + ", " + ev.behaviors.get(1).id()
                    + ") point to the same technique.");
        }
        c = Math.round(Math.max(0.2, Math.min(0.97, c)) * 100) / 100.0;
        if (c < LOW_CONFIDENCE) {
            ev.reasons.add(String.format(Locale.ROOT, "Confidence %.2f is below %.2f: %s, so a human should "
                    + "confirm it.", c, LOW_CONFIDENCE, weakness(ev)));
        }
        return c;
    }

    /** Two patterns are independent evidence only when they looked at different fields. */
    private static boolean independent(BehaviorPattern a, BehaviorPattern b) {
        return !a.match().stream().map(Condition::label).collect(java.util.stream.Collectors.toSet())
                .equals(b.match().stream().map(Condition::label).collect(java.util.stream.Collectors.toSet()));
    }

    /** The adjustment for two signals: agreement when they share a technique family, conflict when no tactic. */
    private static double agreement(Evidence ev, String a, String b, double agree, double disagree) {
        List<String> left = said(ev, a);
        List<String> right = said(ev, b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        boolean family = left.stream().anyMatch(l -> right.stream().anyMatch(r ->
                Evidence.family(l).equals(Evidence.family(r))));
        boolean tactic = left.stream().anyMatch(l -> right.stream().anyMatch(r -> shareTactic(ev, l, r)));
        String names = "The " + label(a) + " and the " + label(b);
        if (family) {
            ev.reasons.add(names + " agree on the technique.");
            return agree;
        }
        if (!tactic) {
            ev.reasons.add(names + " point to different tactics, which lowers confidence.");
            return disagree;
        }
        return 0;
    }

    /** The techniques a signal named, whether or not an earlier signal had already claimed them. */
    private static List<String> said(Evidence ev, String source) {
        return switch (source) {
            case "alert-tag" -> ev.from(source).stream().map(c -> c.technique().id()).toList();
            case "behavior" -> ev.behaviors.stream().flatMap(p -> p.techniques().stream()).distinct().toList();
            case "rule" -> ev.rules.stream().flatMap(p -> p.techniques().stream()).distinct().toList();
            default -> List.of();
        };
    }

    private static boolean shareTactic(Evidence ev, String left, String right) {
        List<String> l = ev.tacticsOf(left);
        return ev.tacticsOf(right).stream().anyMatch(l::contains);
    }

    private static String label(String source) {
        return switch (source) {
            case "alert-tag" -> "source's tags";
            case "behavior" -> "behaviour patterns";
            case "rule" -> "rule name";
            default -> source;
        };
    }

    private static String weakness(Evidence ev) {
        BehaviorPattern top = ev.topBehavior();
        if (ev.has("similarity")) {
            return "the technique is only a guess from similar text";
        }
        if (top != null && ev.tagged == 0 && ev.rules.isEmpty()) {
            return "only the pattern " + top.id() + " matched, and it is common in legitimate use";
        }
        return "the signals are weak or disagree";
    }
}
