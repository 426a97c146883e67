package io.winnow.analyst.builtin.similarity;

import io.winnow.analyst.builtin.SimilarityRanker;
import io.winnow.attack.AttackCatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks techniques by BM25 over a small index: one document per active technique of the catalog, made of its
 * display name ({@code OS Credential Dumping: /etc/passwd and /etc/shadow}) and our own keywords for it. Terms are
 * words and neighbouring pairs of words (see {@link Terms}), so a rare phrase such as {@code "failed password"}
 * counts for more than a common word such as {@code file}. Scores are mapped to 0–1 by {@code s / (s + 8)}; only
 * techniques with a raw score of at least {@value #MIN_RAW} are returned, which takes one specific match or several
 * weaker ones. Immutable, thread-safe and deterministic (ties go to the lower technique ID).
 */
public final class LexicalRanker implements SimilarityRanker {
    static final double MIN_RAW = 5.0;
    /** BM25 term-frequency saturation: low, so a word repeated across a technique's keywords counts little more. */
    private static final double K1 = 0.6;
    /** BM25 length normalisation: mild, since a long keyword list is no sign of a less specific technique. */
    private static final double B = 0.4;
    private static final double LOG_WORD_WEIGHT = 0.35;
    /** Names are English ("Data from Local System"); keywords are what logs say. A name word alone is weak evidence. */
    private static final double NAME_WEIGHT = 0.5;
    private static final double HALF_SCORE = 8.0;

    private final String[] ids;
    private final Map<String, Posting> postings;

    /** What one term contributes to each document that holds it, already weighted by BM25. */
    private record Posting(int[] docs, float[] weights) {
    }

    LexicalRanker(List<Descriptor> descriptors) {
        ids = new String[descriptors.size()];
        List<Map<String, Double>> docs = new ArrayList<>(descriptors.size());
        for (int d = 0; d < descriptors.size(); d++) {
            Descriptor descriptor = descriptors.get(d);
            ids[d] = descriptor.techniqueId();
            Map<String, Double> tf = new HashMap<>();
            Terms.of(descriptor.name()).forEach(term -> tf.merge(term, NAME_WEIGHT, Double::sum));
            for (String keyword : descriptor.keywords()) {
                Terms.of(keyword).forEach(term -> tf.merge(term, 1.0, Double::sum));
            }
            docs.add(tf);
        }
        postings = index(docs);
    }

    /** A lexical ranker over the catalog and the bundled keywords. */
    public static LexicalRanker create(AttackCatalog catalog) {
        return new LexicalRanker(Descriptor.of(catalog, TechniqueKeywords.bundled().resolve(catalog)));
    }

    private static Map<String, Posting> index(List<Map<String, Double>> docs) {
        int n = docs.size();
        double avgLength = docs.stream().mapToInt(Map::size).average().orElse(1);
        Map<String, List<Integer>> docsOf = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (String term : docs.get(d).keySet()) {
                docsOf.computeIfAbsent(term, k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, Posting> index = new HashMap<>(docsOf.size() * 2);
        docsOf.forEach((term, holders) -> {
            double idf = Math.log(1 + (n - holders.size() + 0.5) / (holders.size() + 0.5));
            int[] ds = new int[holders.size()];
            float[] ws = new float[holders.size()];
            for (int i = 0; i < ds.length; i++) {
                int d = holders.get(i);
                double tf = docs.get(d).get(term);
                double norm = K1 * (1 - B + B * docs.get(d).size() / avgLength);
                ds[i] = d;
                double weight = idf * tf * (K1 + 1) / (tf + norm);
                ws[i] = (float) (Terms.isLogWord(term) ? weight * LOG_WORD_WEIGHT : weight);
            }
            index.put(term, new Posting(ds, ws));
        });
        return Map.copyOf(index);
    }

    @Override
    public List<Ranked> rank(String text, int limit) {
        return top(scores(text), limit);
    }

    @Override
    public String name() {
        return "lexical";
    }

    /** Raw BM25 score of every technique, in {@link #techniqueId(int)} order; each distinct term counts once. */
    float[] scores(String text) {
        float[] scores = new float[ids.length];
        if (text == null || text.isEmpty()) {
            return scores;
        }
        Set<String> seen = new HashSet<>();
        for (String term : Terms.of(text)) {
            Posting p = postings.get(term);
            if (p != null && seen.add(term)) {
                for (int i = 0; i < p.docs.length; i++) {
                    scores[p.docs[i]] += p.weights[i];
                }
            }
        }
        return scores;
    }

    int size() {
        return ids.length;
    }

    String techniqueId(int doc) {
        return ids[doc];
    }

    /** A raw BM25 score mapped to 0–1. */
    static double normalise(double raw) {
        return raw <= 0 ? 0 : raw / (raw + HALF_SCORE);
    }

    private List<Ranked> top(float[] scores, int limit) {
        List<Ranked> ranked = new ArrayList<>();
        for (int d : TopK.indices(scores, limit, (float) MIN_RAW)) {
            ranked.add(new Ranked(ids[d], TopK.round(normalise(scores[d]))));
        }
        return ranked;
    }
}
