package io.winnow.analyst.builtin;

import io.winnow.alert.AttackHint;
import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Technique;
import io.winnow.mask.MaskedAlert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the technique claims of one alert in the order the issue sets: the source's own tags
 * ({@code alert-tag}), behaviour patterns over typed fields and text ({@code behavior}), rule names that name a
 * behaviour ({@code rule}), and only when none of these explains the alert, text similarity ({@code similarity}).
 * Thread-safe.
 */
final class EvidenceGatherer {
    static final int MAX_TECHNIQUES = 6;
    private static final int SIMILAR = 3;
    private static final double CORROBORATION = 0.04;
    private static final int MAX_SIMILARITY_TEXT = 2_000;

    private final AttackCatalog catalog;
    private final PatternLibrary library;
    private final SimilarityRanker ranker;

    EvidenceGatherer(AttackCatalog catalog, PatternLibrary library, SimilarityRanker ranker) {
        this.catalog = catalog;
        this.library = library;
        this.ranker = ranker;
    }

    Evidence gather(MaskedAlert alert, Observables obs) {
        Evidence ev = new Evidence();
        tags(alert, ev);
        List<BehaviorPattern> matched = library.matching(obs);
        Comparator<BehaviorPattern> strongestFirst = Comparator.comparingDouble(
                (BehaviorPattern p) -> p.rank() + CORROBORATION * corroboration(p, matched)).reversed();
        matched.stream().filter(p -> p.role() == PatternRole.BEHAVIOR).sorted(strongestFirst).forEach(ev.behaviors::add);
        matched.stream().filter(p -> p.role() == PatternRole.RULE).sorted(strongestFirst).forEach(ev.rules::add);
        matched.stream().filter(p -> p.role() == PatternRole.BENIGN).forEach(ev.benign::add);
        claimAll(ev, ev.behaviors, "behavior");
        claimAll(ev, ev.rules, "rule");
        if (ev.claims.isEmpty() && ev.benign.isEmpty()) {
            similarity(alert, ev);
        }
        dropShadowedParents(ev);
        return ev;
    }

    /**
     * How strongly other matched patterns agree with this pattern's first technique: each rule-name signal that
     * names it counts one, each other behaviour pattern whose own first technique it is counts a half. A behaviour
     * several signals agree on is ranked ahead of one only a single pattern sees.
     */
    private static double corroboration(BehaviorPattern pattern, List<BehaviorPattern> matched) {
        if (pattern.techniques().isEmpty()) {
            return 0;
        }
        String primary = pattern.techniques().getFirst();
        double support = 0;
        for (BehaviorPattern other : matched) {
            if (other == pattern || other.techniques().isEmpty()) {
                continue;
            }
            if (other.role() == PatternRole.RULE && other.techniques().getFirst().equals(primary)) {
                support += 1;
            } else if (other.role() == PatternRole.BEHAVIOR && other.techniques().getFirst().equals(primary)) {
                support += 0.5;
            }
        }
        return support;
    }

    private void tags(MaskedAlert alert, Evidence ev) {
        List<String> unknown = new ArrayList<>();
        for (AttackHint hint : alert.hints()) {
            if (hint.kind() == AttackHint.Kind.TACTIC) {
                catalog.tactic(hint.value()).ifPresent(t -> {
                    if (!ev.tacticHints.contains(t.shortname())) {
                        ev.tacticHints.add(t.shortname());
                    }
                });
            } else if (claim(ev, hint.value(), "alert-tag", null)) {
                ev.tagged++;
            } else if (catalog.resolve(hint.value()).resolved().isEmpty()) {
                unknown.add(hint.value());
            }
        }
        if (ev.tagged > 0) {
            ev.reasons.add("The source tagged the alert with " + String.join(", ",
                    ev.from("alert-tag").stream().map(c -> c.technique().id()).toList()) + ".");
        }
        if (!unknown.isEmpty()) {
            ev.reasons.add(unknown.size() + " of its tags are not techniques of " + catalog.version()
                    + " and were ignored.");
        }
    }

    private void claimAll(Evidence ev, List<BehaviorPattern> patterns, String source) {
        for (BehaviorPattern p : patterns) {
            for (String id : p.techniques()) {
                claim(ev, id, source, p);
            }
        }
    }

    private boolean claim(Evidence ev, String id, String source, BehaviorPattern pattern) {
        Optional<Technique> t = catalog.resolve(id).resolved();
        t.ifPresent(technique -> ev.tactics.putIfAbsent(id, technique.tactics()));
        if (t.isEmpty() || ev.claims.containsKey(t.get().id())) {
            return false;
        }
        ev.claims.put(t.get().id(), new Evidence.Claim(t.get(), source, pattern));
        return true;
    }

    private void similarity(MaskedAlert alert, Evidence ev) {
        String text = (alert.rule() == null ? "" : alert.rule() + "\n") + alert.message();
        List<SimilarityRanker.Ranked> ranked = ranker.rank(
                text.length() > MAX_SIMILARITY_TEXT ? text.substring(0, MAX_SIMILARITY_TEXT) : text, SIMILAR);
        for (SimilarityRanker.Ranked r : ranked) {
            if (claim(ev, r.techniqueId(), "similarity", null)) {
                ev.similarityScore = Math.max(ev.similarityScore, Math.max(0, Math.min(1, r.score())));
            }
        }
        if (ev.has("similarity")) {
            ev.reasons.add("No tag, behaviour pattern or rule name explains the alert; its text is most similar to "
                    + String.join(", ", ev.from("similarity").stream().map(c -> c.technique().id()).toList())
                    + " (" + ranker.name() + " ranking), a weak signal.");
        }
    }

    /**
     * A parent technique next to one of its own sub-techniques adds nothing (a sub-technique implies its parent),
     * so it is dropped unless the source tagged it.
     */
    private static void dropShadowedParents(Evidence ev) {
        List<String> shadowed = ev.claims.values().stream()
                .filter(c -> !c.technique().subtechnique() && !c.source().equals("alert-tag"))
                .map(c -> c.technique().id())
                .filter(id -> ev.claims.keySet().stream().anyMatch(other -> other.startsWith(id + ".")))
                .toList();
        shadowed.forEach(ev.claims::remove);
        while (ev.claims.size() > MAX_TECHNIQUES) {
            String last = new ArrayList<>(ev.claims.keySet()).getLast();
            ev.claims.remove(last);
        }
    }
}
