package io.winnow.analyst.builtin.similarity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.winnow.analyst.builtin.SimilarityRanker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Ranks techniques by a blend of meaning and words: the cosine similarity of the alert text's MiniLM sentence
 * vector with each technique descriptor's vector ({@code name. keywords}), and the {@link LexicalRanker}'s BM25
 * score. Each is mapped to 0–1 and the two are blended, 0.35 meaning to 0.65 words, so a technique needs either
 * strong agreement from one or some from both.
 *
 * <p>The model and the descriptor vectors are loaded once, on a background thread, from the first {@link #rank} or
 * {@link #preload()} on (see {@link ModelLoading}); {@link #rank} waits for that, up to a bound, so the same text
 * always gets the same ranking. Making the ranker loads nothing. When the model cannot be loaded this ranker ranks
 * exactly as the lexical one, and {@link #name()} says so. Alert-text vectors are cached by a SHA-256 fingerprint of
 * the text, in a bounded cache. Thread-safe.
 */
public final class EmbeddingRanker implements SimilarityRanker {
    /** Text beyond this is not embedded: the model reads about 256 word pieces. */
    static final int MAX_EMBEDDED_CHARS = 1_000;
    /** Cosine similarity at or below which a descriptor counts as unrelated; MiniLM gives 0.1–0.3 for those. */
    private static final double COS_FLOOR = 0.35;
    /** How far above the floor a cosine counts as a full match; related pairs score 0.5–0.7. */
    private static final double COS_SPAN = 0.35;
    /** The lexical share of the blend: words from logs are the surer evidence, meaning breaks ties and fills gaps. */
    private static final double LEXICAL_WEIGHT = 0.65;
    /** Blended scores below this are not returned: a meaning-only match needs a cosine of about 0.55. */
    private static final double MIN_SCORE = 0.20;
    private static final int CACHE_SIZE = 4_096;

    private final LexicalRanker lexical;
    private final ModelLoading loading;
    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    EmbeddingRanker(LexicalRanker lexical, ModelLoading loading) {
        this.lexical = lexical;
        this.loading = loading;
    }

    /**
     * Starts loading the model in the background now, so that the first ranking need not wait for it (a server
     * calls this at start-up; a one-shot CLI run does not, and never loads the model unless an alert needs it).
     */
    public void preload() {
        loading.start();
    }

    @Override
    public List<Ranked> rank(String text, int limit) {
        ModelLoading.Loaded model = loading.await();
        if (model == null || text == null || text.isBlank()) {
            return lexical.rank(text, limit);
        }
        float[] lex = lexical.scores(text);
        String clipped = text.length() <= MAX_EMBEDDED_CHARS ? text : text.substring(0, MAX_EMBEDDED_CHARS);
        float[] query = vectors.get(fingerprint(clipped), k -> model.encoder().encode(clipped));
        float[] blended = new float[lex.length];
        for (int d = 0; d < lex.length; d++) {
            double meaning = Math.clamp((Vectors.dot(query, model.descriptors().get(d)) - COS_FLOOR) / COS_SPAN, 0, 1);
            blended[d] = (float) ((1 - LEXICAL_WEIGHT) * meaning + LEXICAL_WEIGHT * LexicalRanker.normalise(lex[d]));
        }
        return TopK.stream(blended, limit, (float) MIN_SCORE)
                .mapToObj(d -> new Ranked(lexical.techniqueId(d), TopK.round(blended[d])))
                .toList();
    }

    /**
     * {@code minilm+lexical} once the model is loaded, {@code lexical (minilm unavailable)} when it could not be,
     * {@code minilm+lexical (loading)} before either.
     */
    @Override
    public String name() {
        return switch (loading.state()) {
            case READY -> "minilm+lexical";
            case FAILED -> "lexical (minilm unavailable)";
            case LOADING -> "minilm+lexical (loading)";
        };
    }

    /** Alert-text vectors currently cached, for tests. */
    long cachedVectors() {
        vectors.cleanUp();
        return vectors.estimatedSize();
    }

    static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
