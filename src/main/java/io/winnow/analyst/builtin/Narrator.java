package io.winnow.analyst.builtin;

import io.winnow.alert.Entity;
import io.winnow.alert.EntityType;
import io.winnow.alert.FalsePositive;
import io.winnow.alert.Mitigations;
import io.winnow.attack.AttackCatalog;
import io.winnow.mask.MaskedAlert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the words of a finding: summary, attack vector, mitigations, next steps and false-positive causes. They
 * come from the guide of the leading technique (else its tactic) and the actions of the strongest pattern, filled
 * with the alert's own process, file, user, addresses and container, so two alerts rarely read alike.
 * Thread-safe.
 */
final class Narrator {
    private static final int MAX_IMMEDIATE = 4;
    private static final int MAX_OTHER = 3;
    private static final int MAX_NEXT = 5;

    private final AttackCatalog catalog;
    private final Knowledge knowledge;

    Narrator(AttackCatalog catalog, Knowledge knowledge) {
        this.catalog = catalog;
        this.knowledge = knowledge;
    }

    /** The words of one finding. */
    record Words(String summary, String attackVector, Mitigations mitigations, List<String> nextSteps,
                 FalsePositive falsePositive) {
    }

    Words write(MaskedAlert alert, Observables obs, Evidence ev, List<String> tactics, double fpLikelihood) {
        Evidence.Claim lead = ev.lead();
        String tactic = tactics.isEmpty() ? null : tactics.getFirst();
        Map<String, String> values = values(alert, obs, ev, lead, tactic);
        BehaviorPattern benign = ev.benignCause();
        Knowledge.Guide guide = benign != null ? null
                : knowledge.guideFor(lead == null ? null : lead.technique().id(), tactic);
        return new Words(summary(alert, obs, ev, values, tactic), attackVector(ev, guide, values, tactics),
                mitigations(ev, guide, values), nextSteps(ev, guide, values, obs),
                falsePositive(ev, guide, values, fpLikelihood));
    }

    private Map<String, String> values(MaskedAlert alert, Observables obs, Evidence ev, Evidence.Claim lead,
                                       String tactic) {
        Map<String, String> v = new HashMap<>();
        put(v, "host", alert.host());
        put(v, "user", obs.first(FieldKind.USER));
        put(v, "process", obs.first(FieldKind.PROCESS));
        put(v, "parent", obs.first(FieldKind.PARENT));
        put(v, "cmdline", obs.has(FieldKind.CMDLINE) ? obs.first(FieldKind.CMDLINE) : null);
        put(v, "file", obs.first(FieldKind.FILE));
        put(v, "src_ip", obs.first(FieldKind.SRC_IP));
        put(v, "dst_ip", obs.first(FieldKind.DST_IP));
        put(v, "port", obs.first(FieldKind.PORT));
        put(v, "image", obs.first(FieldKind.IMAGE));
        put(v, "namespace", obs.first(FieldKind.NAMESPACE));
        put(v, "url", obs.first(FieldKind.URL));
        put(v, "domain", obs.first(FieldKind.DOMAIN));
        put(v, "registry", obs.first(FieldKind.REGISTRY));
        put(v, "event_id", obs.first(FieldKind.EVENT_ID));
        put(v, "action", obs.first(FieldKind.ACTION));
        put(v, "service", obs.first(FieldKind.SERVICE));
        put(v, "target", obs.first(FieldKind.TARGET));
        put(v, "container", entity(alert, EntityType.CONTAINER_ID));
        put(v, "pod", entity(alert, EntityType.K8S_POD));
        if (lead != null) {
            put(v, "technique", catalog.displayName(lead.technique()));
            put(v, "technique_id", lead.technique().id());
        }
        put(v, "tactic", tactic == null ? null : tacticName(tactic));
        put(v, "behavior", ev.topBehavior() == null ? null : ev.topBehavior().name());
        return v;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank() && !value.equals("<NA>")) {
            values.put(key, value.strip());
        }
    }

    private static String entity(MaskedAlert alert, EntityType type) {
        return alert.entities().stream().filter(e -> e.type() == type).map(Entity::value).findFirst().orElse(null);
    }

    private String summary(MaskedAlert alert, Observables obs, Evidence ev, Map<String, String> v, String tactic) {
        BehaviorPattern top = ev.topBehavior();
        String what = alert.rule() != null ? alert.rule() : top != null ? capitalise(top.name())
                : Template.clip(alert.message());
        String where = alert.host() != null ? " on " + alert.host() : "";
        String actor = actor(v, obs);
        BehaviorPattern benign = ev.benignCause();
        if (benign != null) {
            return what + where + actor + ": most likely " + benign.benignCause() + ".";
        }
        Evidence.Claim lead = ev.lead();
        if (lead == null) {
            return what + where + actor + ": no known attack technique recognised.";
        }
        String seen = alert.rule() != null && top != null ? " (" + top.name() + ")" : "";
        String tacticText = tactic == null ? "" : ", " + tacticName(tactic);
        return what + where + seen + actor + ": consistent with " + lead.technique().id() + " "
                + catalog.displayName(lead.technique()) + tacticText + ".";
    }

    /** Who did it: {@code — curl run by www-data from [EXTERNAL-IP-1]}, from whatever the alert names. */
    private static String actor(Map<String, String> v, Observables obs) {
        List<String> parts = new ArrayList<>();
        if (v.containsKey("process")) {
            parts.add(Template.clip(v.get("process")) + (v.containsKey("parent") ? " (parent "
                    + Template.clip(v.get("parent")) + ")" : ""));
        }
        if (v.containsKey("user")) {
            parts.add("run by " + v.get("user"));
        }
        if (v.containsKey("src_ip")) {
            parts.add("from " + v.get("src_ip"));
        }
        if (v.containsKey("file") && parts.size() < 3) {
            parts.add("on " + Template.clip(v.get("file")));
        }
        return parts.isEmpty() ? "" : " — " + String.join(" ", parts);
    }

    private String attackVector(Evidence ev, Knowledge.Guide guide, Map<String, String> v, List<String> tactics) {
        if (ev.benignCause() != null) {
            return "None expected: " + ev.benignCause().benignCause() + ".";
        }
        if (guide == null || ev.claims.isEmpty()) {
            return "Unknown: the alert does not name a behaviour that maps to ATT&CK.";
        }
        List<String> names = ev.claims.values().stream().limit(3)
                .map(c -> c.technique().id() + " " + catalog.displayName(c.technique())).toList();
        BehaviorPattern top = ev.topBehavior();
        String how = top != null ? ": " + top.name() + (v.containsKey("process") ? " by " + Template.clip(
                v.get("process")) : "") + (v.containsKey("src_ip") ? " from " + v.get("src_ip") : "") : "";
        String chain = tactics.size() > 1 ? " Also relevant: " + String.join(", ",
                tactics.subList(1, tactics.size()).stream().map(this::tacticName).toList()) + "." : "";
        return "The attacker is trying to " + Template.fill(guide.goal(), v) + " (" + tacticName(tactics.getFirst())
                + ")" + how + ", using " + String.join("; ", names) + "." + chain;
    }

    private static Mitigations mitigations(Evidence ev, Knowledge.Guide guide, Map<String, String> v) {
        BehaviorPattern benign = ev.benignCause();
        if (benign != null) {
            return new Mitigations(
                    List.of(Template.fill("No containment needed once {process|the activity} is confirmed as "
                            + "expected on {host}", v)),
                    List.of("Confirm the activity with its owner, then tune the rule to exclude it (pattern "
                            + benign.id() + ")"),
                    List.of("Keep an allow-list of expected agents and jobs so they stop raising alerts"));
        }
        if (guide == null) {
            return new Mitigations(List.of(Template.fill("Review the alert and the surrounding logs on {host} "
                            + "before acting", v)),
                    List.of("Write or tune a rule so this event type is classified next time"),
                    List.of("Extend detection coverage for this log source"));
        }
        Set<String> immediate = new LinkedHashSet<>();
        if (ev.topBehavior() != null) {
            ev.topBehavior().actions().forEach(a -> immediate.add(Template.fill(a, v)));
        }
        guide.immediate().forEach(a -> immediate.add(Template.fill(a, v)));
        return new Mitigations(limit(immediate, MAX_IMMEDIATE), fill(guide.shortTerm(), v, MAX_OTHER),
                fill(guide.longTerm(), v, MAX_OTHER));
    }

    private static List<String> nextSteps(Evidence ev, Knowledge.Guide guide, Map<String, String> v,
                                          Observables obs) {
        Set<String> steps = new LinkedHashSet<>();
        if (ev.benignCause() != null) {
            steps.add(Template.fill("Verify that {process|the process} and {user|the account} are the expected "
                    + "agent or job on {host}", v));
            steps.add("Check the alert's time against the job's schedule");
            return List.copyOf(steps);
        }
        if (guide != null) {
            guide.nextSteps().forEach(s -> steps.add(Template.fill(s, v)));
        }
        String src = v.get("src_ip");
        if (src != null && src.startsWith("[EXTERNAL-IP")) {
            steps.add(Template.fill("Search every log source for {src_ip} over the last 7 days and check its "
                    + "reputation", v));
        }
        if (v.containsKey("user")) {
            steps.add(Template.fill("Review everything {user} did on {host} in the hour around the alert", v));
        }
        if (v.containsKey("container")) {
            steps.add(Template.fill("Snapshot container {container} ({image}) for forensics before it is "
                    + "restarted or rescheduled", v));
        }
        if (!steps.isEmpty() || guide == null) {
            steps.add("Write down what was confirmed or ruled out so the next alert of this kind is faster");
        }
        return limit(steps, MAX_NEXT);
    }

    private static FalsePositive falsePositive(Evidence ev, Knowledge.Guide guide, Map<String, String> v,
                                               double likelihood) {
        Set<String> causes = new LinkedHashSet<>();
        if (ev.benignCause() != null) {
            causes.add(capitalise(ev.benignCause().benignCause()));
        }
        if (ev.topBehavior() != null) {
            ev.topBehavior().falsePositives().forEach(f -> causes.add(Template.fill(f, v)));
        }
        if (guide != null) {
            guide.fpCauses().forEach(f -> causes.add(Template.fill(f, v)));
        }
        return new FalsePositive(likelihood, limit(causes, 4));
    }

    private static List<String> fill(List<String> templates, Map<String, String> v, int max) {
        Set<String> out = new LinkedHashSet<>();
        templates.forEach(t -> out.add(Template.fill(t, v)));
        return limit(out, max);
    }

    private static List<String> limit(Set<String> items, int max) {
        return items.stream().limit(max).toList();
    }

    String tacticName(String shortname) {
        return catalog.tactic(shortname).map(io.winnow.attack.Tactic::name).orElse(shortname);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
