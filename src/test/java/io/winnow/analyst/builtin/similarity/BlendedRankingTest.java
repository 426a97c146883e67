package io.winnow.analyst.builtin.similarity;

import io.winnow.analyst.builtin.SimilarityRanker.Ranked;
import io.winnow.attack.AttackCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedding ranker's own logic, with a small deterministic encoder in place of MiniLM: falling back, caching
 * alert vectors, blending. No native library is needed.
 */
class BlendedRankingTest {
    private static List<Descriptor> descriptors;
    private static LexicalRanker lexical;

    @BeforeAll
    static void index() {
        AttackCatalog catalog = AttackCatalog.bundled();
        descriptors = Descriptor.of(catalog, TechniqueKeywords.bundled().resolve(catalog));
        lexical = new LexicalRanker(descriptors);
    }

    /** Hashes words into 64 dimensions: texts that share words point the same way. */
    static final class WordHashEncoder implements TextEncoder {
        final AtomicInteger encoded = new AtomicInteger();

        @Override
        public String name() {
            return "word-hash-64";
        }

        @Override
        public float[] encode(String text) {
            encoded.incrementAndGet();
            float[] v = new float[64];
            for (String term : Terms.of(text)) {
                v[Math.floorMod(term.hashCode(), 64)] += 1;
            }
            return Vectors.unit(v);
        }

        @Override
        public List<float[]> encodeAll(List<String> texts) {
            List<float[]> all = new ArrayList<>();
            texts.forEach(t -> all.add(encode(t)));
            return all;
        }
    }

    private static EmbeddingRanker ranker(java.util.function.Supplier<TextEncoder> encoders, Duration maxWait) {
        return new EmbeddingRanker(lexical, ModelLoading.lazily(encoders, descriptors, DescriptorVectorCache.none(),
                maxWait, false));
    }

    @Test
    void loadsNothingUntilTheFirstRankingOrPreload() {
        // given
        AtomicInteger loads = new AtomicInteger();
        WordHashEncoder encoder = new WordHashEncoder();

        // when
        EmbeddingRanker ranker = ranker(() -> {
            loads.incrementAndGet();
            return encoder;
        }, Duration.ofMinutes(1));

        // then
        assertThat(loads).hasValue(0);
        assertThat(ranker.name()).isEqualTo("minilm+lexical (loading)");
        ranker.preload();
        ranker.rank("crontab -e", 3);
        assertThat(loads).hasValue(1);
    }

    @Test
    void ranksLikeTheLexicalIndexAndSaysSoWhenTheModelCannotLoad() {
        // given
        EmbeddingRanker ranker = ranker(() -> {
            throw new UnsatisfiedLinkError("no onnxruntime for this platform");
        }, Duration.ofMinutes(1));
        String text = "vssadmin delete shadows /all /quiet";

        // when
        List<Ranked> ranked = ranker.rank(text, 3);

        // then
        assertThat(ranked).isNotEmpty().isEqualTo(lexical.rank(text, 3));
        assertThat(ranker.name()).isEqualTo("lexical (minilm unavailable)");
    }

    @Test
    void givesUpOnAModelThatTakesTooLongAndStaysLexicalAfterItArrives() {
        // given
        CountDownLatch release = new CountDownLatch(1);
        WordHashEncoder encoder = new WordHashEncoder();
        EmbeddingRanker ranker = ranker(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return encoder;
        }, Duration.ofMillis(50));

        // when
        List<Ranked> before = ranker.rank("crontab -e", 3);
        release.countDown();
        List<Ranked> after = ranker.rank("crontab -e", 3);

        // then
        assertThat(ranker.name()).isEqualTo("lexical (minilm unavailable)");
        assertThat(after).isEqualTo(before).isEqualTo(lexical.rank("crontab -e", 3));
    }

    @Test
    void embedsEachDistinctAlertTextOnce() {
        // given
        WordHashEncoder encoder = new WordHashEncoder();
        EmbeddingRanker ranker = ranker(() -> encoder, Duration.ofMinutes(1));
        ranker.rank("warm up", 1);
        int afterLoading = encoder.encoded.get();

        // when
        List<Ranked> first = ranker.rank("crontab -e", 3);
        List<Ranked> second = ranker.rank("crontab -e", 3);
        ranker.rank("cat /etc/shadow", 3);

        // then
        assertThat(encoder.encoded.get() - afterLoading).isEqualTo(2);
        assertThat(first).isEqualTo(second);
        assertThat(ranker.cachedVectors()).isEqualTo(3);
        assertThat(ranker.name()).isEqualTo("minilm+lexical");
    }

    @Test
    void blendsMeaningWithWordsAndKeepsScoresBetweenZeroAndOne() {
        // given
        EmbeddingRanker ranker = ranker(WordHashEncoder::new, Duration.ofMinutes(1));

        // when
        List<Ranked> ranked = ranker.rank("cat /etc/shadow", 3);

        // then
        assertThat(ranked).extracting(Ranked::techniqueId).contains("T1003.008");
        assertThat(ranked).allSatisfy(r -> assertThat(r.score()).isBetween(0.0, 1.0));
        assertThat(ranker.rank("", 3)).isEmpty();
        assertThat(ranker.rank("the quick brown fox", 3)).isEmpty();
    }
}
