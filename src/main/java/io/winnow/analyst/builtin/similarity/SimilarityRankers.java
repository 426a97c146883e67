package io.winnow.analyst.builtin.similarity;

import io.winnow.analyst.builtin.SimilarityRanker;
import io.winnow.attack.AttackCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Makes the similarity ranker that the {@code analyst.similarity} setting asks for. Never fails because of the
 * model and never blocks: MiniLM loads in the background (see {@link EmbeddingRanker}), and a ranker whose model
 * cannot be loaded ranks lexically and says so in its {@link SimilarityRanker#name() name} and, once, in the log.
 */
public final class SimilarityRankers {
    private static final Logger LOG = LoggerFactory.getLogger(SimilarityRankers.class);
    /** How long the first ranking waits for the model before the ranker settles for lexical ranking for good. */
    static final Duration MAX_MODEL_WAIT = Duration.ofSeconds(20);

    private SimilarityRankers() {
    }

    /**
     * The ranker for a mode, without a vector cache (descriptor vectors are embedded at every start in the
     * embedding modes).
     *
     * @param mode {@code auto}, {@code embedding}, {@code lexical} or {@code off}
     * @throws IllegalArgumentException for any other mode
     */
    public static SimilarityRanker create(AttackCatalog catalog, String mode) {
        return create(catalog, SimilarityMode.fromSetting(mode).orElseThrow(() -> new IllegalArgumentException(
                "analyst.similarity must be auto, embedding, lexical or off")), null);
    }

    /**
     * The ranker for a mode.
     *
     * @param cacheDirectory where technique-descriptor vectors are kept between runs (for example
     *                       {@code <store.data_dir>/similarity}); null for none
     */
    public static SimilarityRanker create(AttackCatalog catalog, SimilarityMode mode, Path cacheDirectory) {
        if (mode == SimilarityMode.OFF) {
            return SimilarityRanker.none();
        }
        TechniqueKeywords.Resolved keywords = TechniqueKeywords.bundled().resolve(catalog);
        if (!keywords.unknown().isEmpty()) {
            LOG.info("similarity: {} keyword entries name techniques that ATT&CK {} lacks; they are ignored",
                    keywords.unknown().size(), catalog.version());
        }
        List<Descriptor> descriptors = Descriptor.of(catalog, keywords);
        LexicalRanker lexical = new LexicalRanker(descriptors);
        if (mode == SimilarityMode.LEXICAL) {
            return lexical;
        }
        DescriptorVectorCache cache = cacheDirectory == null ? DescriptorVectorCache.none()
                : DescriptorVectorCache.in(cacheDirectory);
        return new EmbeddingRanker(lexical, ModelLoading.lazily(MiniLmEncoder::load, descriptors, cache,
                MAX_MODEL_WAIT, mode == SimilarityMode.EMBEDDING));
    }
}
