package io.winnow.mask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settles what detectors found in one segment into non-overlapping spans, so nothing is masked twice.
 * Secrets come first: overlapping secret spans are merged into one redaction (masking the union never leaves a
 * tail of a secret in clear), named by the highest-ranked detector among them; a secret that lies wholly inside
 * text to keep (one of our tokens) is not one. Text to keep comes next, then tokens in detector order: a span is
 * dropped if it overlaps anything already kept.
 */
final class SpanResolver {
    private static final Comparator<Span> BY_START = Comparator.comparingInt(Span::start);
    private static final Comparator<Span> BY_RANK_START_LONGEST = Comparator.comparingInt(Span::rank)
            .thenComparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed());

    private SpanResolver() {
    }

    /** The spans to apply, ordered by start, none overlapping. */
    static List<Span> resolve(List<Span> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Span> keeps = new ArrayList<>();
        List<Span> secrets = new ArrayList<>();
        List<Span> tokens = new ArrayList<>();
        for (Span s : found) {
            switch (s.kind()) {
                case KeepKind k -> keeps.add(s);
                case SecretKind k -> secrets.add(s);
                case TokenKind k -> tokens.add(s);
            }
        }
        if (!keeps.isEmpty()) {
            secrets.removeIf(secret -> keeps.stream().anyMatch(k -> k.start() <= secret.start() && secret.end() <= k.end()));
        }
        TreeMap<Integer, Span> kept = new TreeMap<>();
        mergeSecrets(secrets, kept);
        keeps.sort(BY_RANK_START_LONGEST);
        tokens.sort(BY_RANK_START_LONGEST);
        for (List<Span> group : List.of(keeps, tokens)) {
            for (Span t : group) {
                if (!collides(kept, t)) {
                    kept.put(t.start(), t);
                }
            }
        }
        return List.copyOf(kept.values());
    }

    private static void mergeSecrets(List<Span> secrets, TreeMap<Integer, Span> kept) {
        secrets.sort(BY_START);
        Span current = null;
        for (Span s : secrets) {
            if (current != null && s.start() < current.end()) {
                Span winner = s.rank() < current.rank() ? s : current;
                current = new Span(current.start(), Math.max(current.end(), s.end()), winner.kind(), winner.rank());
            } else {
                if (current != null) {
                    kept.put(current.start(), current);
                }
                current = s;
            }
        }
        if (current != null) {
            kept.put(current.start(), current);
        }
    }

    private static boolean collides(TreeMap<Integer, Span> kept, Span candidate) {
        Map.Entry<Integer, Span> before = kept.floorEntry(candidate.start());
        if (before != null && before.getValue().overlaps(candidate)) {
            return true;
        }
        Map.Entry<Integer, Span> after = kept.ceilingEntry(candidate.start());
        return after != null && after.getValue().overlaps(candidate);
    }
}
