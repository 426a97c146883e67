package io.winnow.analyst.builtin;

import io.winnow.alert.AttackHint;
import io.winnow.alert.EntityType;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Finding;
import io.winnow.alert.Mitigations;
import io.winnow.alert.Severity;
import io.winnow.analyst.Analyst;
import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Tactic;
import io.winnow.attack.Technique;
import io.winnow.mask.MaskedAlert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The analyst that needs no model: deterministic, offline, grounded in the ATT&CK catalog. It reads the techniques
 * and tactics the source attached, the behaviours its rule name or log line names, and known-benign signals, and
 * fills every field of a finding from per-tactic guidance. It is also the last link of every LLM chain.
 */
public final class BuiltinAnalyst implements Analyst {
    private static final Set<String> HIGH_STAKES_TACTICS = Set.of("credential-access", "impact", "exfiltration",
            "command-and-control", "lateral-movement", "privilege-escalation");

    /** Fields that name a process in sources without typed entities (Wazuh who-data, Sysmon, auditd). */
    private static final java.util.regex.Pattern PROCESS_FIELD = java.util.regex.Pattern.compile(
            "(?i)(process\\.name|proc\\.p?name|process_name|parent_?image|\\bimage|\\bexe|\\bcomm)$");

    private final AttackCatalog catalog;
    private final Knowledge knowledge;
    private final IocCollector iocs = new IocCollector();

    public BuiltinAnalyst(AttackCatalog catalog) {
        this.catalog = catalog;
        this.knowledge = Knowledge.bundled();
    }

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public Finding analyse(MaskedAlert alert) {
        Evidence ev = gather(alert);
        List<String> tactics = tactics(ev);
        Severity severity = severity(alert, ev, tactics);
        double confidence = confidence(ev);
        String verdict = ev.benignCause != null ? "FALSE_POSITIVE"
                : ev.techniques.isEmpty() ? "NEEDS_INVESTIGATION" : "TRUE_POSITIVE";
        Knowledge.TacticGuide guide = knowledge.guideFor(
                ev.techniques.isEmpty() ? null : ev.techniques.keySet().iterator().next(),
                tactics.isEmpty() ? null : tactics.getFirst());
        return new Finding(summary(alert, ev, tactics), attackVector(ev, tactics, guide), claims(ev),
                severity.name(), verdict, confidence, ev.benignCause != null ? "benign-activity"
                : tactics.isEmpty() ? "unclassified" : tactics.getFirst(),
                falsePositive(ev, guide), iocs.collect(alert), mitigations(ev, guide), nextSteps(ev, guide),
                String.join(" ", ev.reasons), name());
    }

    /** What the alert says about itself, gathered once. */
    private static final class Evidence {
        final Map<String, Technique> techniques = new LinkedHashMap<>();
        final Map<String, String> sourceOf = new LinkedHashMap<>();
        final Set<String> tacticHints = new LinkedHashSet<>();
        final List<String> unknownTags = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        int tagged;
        int signalled;
        String benignCause;
    }

    private Evidence gather(MaskedAlert alert) {
        Evidence ev = new Evidence();
        for (AttackHint hint : alert.hints()) {
            if (hint.kind() == AttackHint.Kind.TACTIC) {
                catalog.tactic(hint.value()).ifPresent(t -> ev.tacticHints.add(t.shortname()));
            } else if (add(ev, hint.value(), "alert-tag")) {
                ev.tagged++;
            } else {
                ev.unknownTags.add(hint.value());
            }
        }
        if (ev.tagged > 0) {
            ev.reasons.add("The source tagged the alert with " + ids(ev, "alert-tag") + ".");
        }
        if (!ev.unknownTags.isEmpty()) {
            ev.reasons.add("Tags not in ATT&CK " + catalog.version() + " were ignored.");
        }
        matchSignals(alert, ev);
        matchBenign(alert, ev);
        return ev;
    }

    private void matchSignals(MaskedAlert alert, Evidence ev) {
        boolean ruleMatched = alert.rule() != null && matchSignals(alert.rule(), "rule", ev);
        if (!ruleMatched) {
            matchSignals(alert.message(), "behavior", ev);
        }
    }

    private boolean matchSignals(String text, String source, Evidence ev) {
        boolean any = false;
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (Knowledge.RuleSignal signal : knowledge.ruleSignals()) {
            if (signal.matches(text, lowerCase)) {
                boolean added = false;
                for (String id : signal.techniques()) {
                    added |= add(ev, id, source);
                }
                boolean known = signal.techniques().stream().anyMatch(ev.techniques::containsKey);
                if (known) {
                    ev.signalled++;
                    any = true;
                    ev.reasons.add("The " + ("rule".equals(source) ? "rule name" : "log text") + " describes "
                            + signal.id().replace('-', ' ') + (added ? "" : ", which agrees with the tags") + ".");
                }
            }
        }
        return any;
    }

    private boolean add(Evidence ev, String id, String source) {
        Optional<Technique> t = catalog.resolve(id).resolved();
        if (t.isEmpty()) {
            return false;
        }
        boolean isNew = ev.techniques.putIfAbsent(t.get().id(), t.get()) == null;
        if (isNew) {
            ev.sourceOf.put(t.get().id(), source);
        }
        return isNew;
    }

    private void matchBenign(MaskedAlert alert, Evidence ev) {
        List<String> processes = new ArrayList<>();
        alert.entities().stream()
                .filter(e -> e.type() == EntityType.PROCESS || e.type() == EntityType.PARENT_PROCESS)
                .forEach(e -> processes.add(baseName(e.value())));
        if (alert.program() != null) {
            processes.add(baseName(alert.program()));
        }
        alert.fields().forEach((key, value) -> {
            if (PROCESS_FIELD.matcher(key).find()) {
                processes.add(baseName(value));
            }
        });
        List<String> users = alert.entities().stream().filter(e -> e.type() == EntityType.USER)
                .map(io.winnow.alert.Entity::value).toList();
        String text = alert.evidenceText();
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (Knowledge.BenignSignal s : knowledge.benignSignals()) {
            boolean processOk = s.process() == null || processes.stream().anyMatch(p -> s.process().matcher(p).find());
            boolean userOk = s.user() == null || users.stream().anyMatch(u -> s.user().matcher(u).find());
            boolean textOk = s.textMatches(text, lowerCase);
            if (processOk && userOk && textOk) {
                ev.benignCause = s.cause();
                ev.reasons.add("It matches known-benign activity (" + s.id() + "): " + s.cause() + ".");
                return;
            }
        }
    }

    private static String baseName(String process) {
        String p = process.strip();
        int slash = p.lastIndexOf('/');
        return slash >= 0 ? p.substring(slash + 1) : p;
    }

    private static List<String> tactics(Evidence ev) {
        Set<String> tactics = new LinkedHashSet<>(ev.tacticHints);
        ev.techniques.values().forEach(t -> tactics.addAll(t.tactics()));
        return List.copyOf(tactics);
    }

    private static Severity severity(MaskedAlert alert, Evidence ev, List<String> tactics) {
        Severity base = alert.level() != null ? alert.level().severity() : Severity.MEDIUM;
        if (ev.benignCause != null) {
            ev.reasons.add("Severity is LOW because the activity looks benign.");
            return Severity.LOW;
        }
        String levelWhy = alert.level() == null ? "The source gave no level, so severity starts at MEDIUM."
                : "The source rated it " + alert.level().raw() + " (" + alert.level().scheme() + "), that is "
                + base + ".";
        ev.reasons.add(levelWhy);
        Optional<String> stakes = tactics.stream().filter(HIGH_STAKES_TACTICS::contains).findFirst();
        if (stakes.isPresent() && base.compareTo(Severity.HIGH) < 0) {
            Severity raised = Severity.values()[base.ordinal() + 1];
            ev.reasons.add("Raised to " + raised + " because it points to " + stakes.get().replace('-', ' ') + ".");
            return raised;
        }
        return base;
    }

    private static double confidence(Evidence ev) {
        if (ev.benignCause != null) {
            return 0.8;
        }
        if (ev.tagged > 0 && ev.signalled > 0) {
            return 0.9;
        }
        if (ev.tagged > 0) {
            return 0.8;
        }
        if (ev.signalled > 0) {
            return 0.72;
        }
        ev.reasons.add("Nothing in the alert maps to a known technique, so a human should look.");
        return ev.tacticHints.isEmpty() ? 0.35 : 0.55;
    }

    private static List<Finding.Claim> claims(Evidence ev) {
        return ev.techniques.keySet().stream().map(id -> new Finding.Claim(id, ev.sourceOf.get(id))).toList();
    }

    private String summary(MaskedAlert alert, Evidence ev, List<String> tactics) {
        String what = alert.rule() != null ? alert.rule() : clip(alert.message(), 100);
        String where = alert.host() != null ? " on " + alert.host() : "";
        if (ev.benignCause != null) {
            return what + where + ": most likely " + ev.benignCause + ".";
        }
        if (ev.techniques.isEmpty()) {
            return what + where + ": no known attack technique recognised.";
        }
        Technique first = ev.techniques.values().iterator().next();
        String tactic = tactics.isEmpty() ? "" : " (" + tacticName(tactics.getFirst()) + ")";
        return what + where + ": consistent with " + catalog.displayName(first) + tactic + ".";
    }

    private String attackVector(Evidence ev, List<String> tactics, Knowledge.TacticGuide guide) {
        if (guide == null) {
            return "Unknown: the alert does not name a behaviour that maps to ATT&CK.";
        }
        List<String> names = ev.techniques.values().stream().limit(3)
                .map(t -> t.id() + " " + catalog.displayName(t)).toList();
        String via = names.isEmpty() ? "" : ", using " + String.join("; ", names);
        String chain = tactics.size() > 1 ? " Also relevant: "
                + String.join(", ", tactics.subList(1, tactics.size()).stream().map(this::tacticName).toList()) + "."
                : "";
        return "The attacker is trying to " + guide.goal() + " (" + tacticName(tactics.getFirst()) + ")" + via
                + "." + chain;
    }

    private static FalsePositive falsePositive(Evidence ev, Knowledge.TacticGuide guide) {
        List<String> causes = new ArrayList<>();
        if (ev.benignCause != null) {
            causes.add(capitalise(ev.benignCause));
        }
        if (guide != null) {
            causes.addAll(guide.fpCauses());
        }
        double likelihood = ev.benignCause != null ? 0.85 : ev.tagged > 0 ? 0.2 : ev.signalled > 0 ? 0.3 : 0.5;
        return new FalsePositive(likelihood, causes);
    }

    private static Mitigations mitigations(Evidence ev, Knowledge.TacticGuide guide) {
        if (ev.benignCause != null) {
            return new Mitigations(List.of("No containment needed if the benign explanation is confirmed"),
                    List.of("Confirm the activity with its owner, then tune the rule to exclude it"),
                    List.of("Keep an allow-list of expected agents and jobs so they stop raising alerts"));
        }
        if (guide == null) {
            return new Mitigations(List.of("Review the alert and the surrounding logs before acting"),
                    List.of("Write or tune a rule so this event type is classified next time"),
                    List.of("Extend detection coverage for this log source"));
        }
        return new Mitigations(guide.immediate(), guide.shortTerm(), guide.longTerm());
    }

    private static List<String> nextSteps(Evidence ev, Knowledge.TacticGuide guide) {
        if (ev.benignCause != null) {
            return List.of("Verify that the process and account are the expected agent or job",
                    "Check the alert's time against the job's schedule");
        }
        return guide == null
                ? List.of("Read the full log around the event", "Check the host for other alerts in the same hour")
                : guide.nextSteps();
    }

    private String tacticName(String shortname) {
        return catalog.tactic(shortname).map(Tactic::name).orElse(shortname);
    }

    private static String ids(Evidence ev, String source) {
        return String.join(", ", ev.techniques.keySet().stream().filter(id -> source.equals(ev.sourceOf.get(id)))
                .toList());
    }

    private static String clip(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
