package io.winnow.analyst.builtin;

import java.util.List;
import java.util.Objects;

/**
 * Ranks ATT&CK techniques by how similar their names and keywords are to a piece of alert text. The built-in
 * analyst asks it only for alerts that its tags, behaviour patterns and rule names do not explain, and reports
 * what it returns with source {@code similarity}. Implementations are thread-safe and deterministic: the same text
 * gives the same ranking.
 */
public interface SimilarityRanker {

    /**
     * The best-matching techniques, best first.
     *
     * @param text  masked alert text
     * @param limit how many to return at most
     * @return at most {@code limit} techniques with a score from 0 to 1; empty when nothing is similar enough
     */
    List<Ranked> rank(String text, int limit);

    /** A short name for reasoning and {@code /health}, for example {@code minilm} or {@code lexical}. */
    String name();

    /**
     * One ranked technique.
     *
     * @param techniqueId an active technique ID of the catalog
     * @param score       similarity, 0–1
     */
    record Ranked(String techniqueId, double score) {
        public Ranked {
            Objects.requireNonNull(techniqueId, "techniqueId");
        }
    }

    /** A ranker that never ranks anything, for when similarity is switched off. */
    static SimilarityRanker none() {
        return new SimilarityRanker() {
            @Override
            public List<Ranked> rank(String text, int limit) {
                return List.of();
            }

            @Override
            public String name() {
                return "none";
            }
        };
    }
}
