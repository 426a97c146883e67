package io.winnow.analyst.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the few patterns worth running for an alert. Each pattern is gated by one of its conditions, the one with
 * the longest required literals; the literals of all gates on one field kind share one {@link LiteralAutomaton}, so
 * an alert is scanned once per kind it has values for, however many patterns there are. Patterns without a usable
 * literal are always tried. Immutable and thread-safe.
 */
final class PatternIndex {
    private final List<BehaviorPattern> patterns;
    private final Map<FieldKind, LiteralAutomaton> automata = new EnumMap<>(FieldKind.class);
    private final Map<FieldKind, int[][]> owners = new EnumMap<>(FieldKind.class);
    private final int[] always;

    PatternIndex(List<BehaviorPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<FieldKind, List<String>> literals = new EnumMap<>(FieldKind.class);
        Map<FieldKind, List<Integer>> literalOwner = new EnumMap<>(FieldKind.class);
        List<Integer> ungated = new ArrayList<>();
        for (int p = 0; p < this.patterns.size(); p++) {
            Condition gate = gate(this.patterns.get(p));
            if (gate == null) {
                ungated.add(p);
                continue;
            }
            for (String literal : gate.prefilter().literals()) {
                literals.computeIfAbsent(gate.kind(), k -> new ArrayList<>()).add(literal);
                literalOwner.computeIfAbsent(gate.kind(), k -> new ArrayList<>()).add(p);
            }
        }
        literals.forEach((kind, list) -> {
            automata.put(kind, LiteralAutomaton.of(list));
            List<Integer> own = literalOwner.get(kind);
            int[][] byLiteral = new int[list.size()][];
            for (int i = 0; i < list.size(); i++) {
                byLiteral[i] = new int[] {own.get(i)};
            }
            owners.put(kind, byLiteral);
        });
        this.always = ungated.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The condition whose literals are rarest in alerts: the longest shortest literal, typed kinds first. */
    private static Condition gate(BehaviorPattern pattern) {
        Condition best = null;
        int bestScore = -1;
        for (Condition c : pattern.match()) {
            if (c.field() != null || c.prefilter() == null
                    || !c.prefilter().literals().stream().allMatch(LiteralAutomaton::accepts)) {
                continue;
            }
            int shortest = c.prefilter().literals().stream().mapToInt(String::length).min().orElse(0);
            int score = shortest * 2 + (c.kind() == FieldKind.TEXT ? 0 : 3);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** The patterns that match the alert, in file order. */
    List<BehaviorPattern> matching(Observables obs) {
        BitSet candidates = candidates(obs);
        List<BehaviorPattern> matched = new ArrayList<>();
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            if (patterns.get(p).matches(obs)) {
                matched.add(patterns.get(p));
            }
        }
        return matched;
    }

    /** The patterns worth trying: those whose gate literal occurs, and the ungated ones. */
    BitSet candidates(Observables obs) {
        BitSet candidates = new BitSet(patterns.size());
        for (int p : always) {
            candidates.set(p);
        }
        BitSet found = new BitSet();
        automata.forEach((kind, automaton) -> {
            String text = obs.lowered(kind);
            if (text.isEmpty()) {
                return;
            }
            found.clear();
            automaton.scan(text, found);
            int[][] byLiteral = owners.get(kind);
            for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
                for (int p : byLiteral[id]) {
                    candidates.set(p);
                }
            }
        });
        return candidates;
    }

    /** How many patterns are tried for every alert because they have no literal to gate them. */
    int ungatedCount() {
        return always.length;
    }
}
