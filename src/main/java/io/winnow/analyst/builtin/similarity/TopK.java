package io.winnow.analyst.builtin.similarity;

import java.util.Arrays;

/** The best few entries of a score array, deterministically: a higher score first, then the lower index. */
final class TopK {
    private TopK() {
    }

    /** Indices of at most {@code k} scores that are at least {@code min}, best first. */
    static int[] indices(float[] scores, int k, float min) {
        if (k <= 0) {
            return new int[0];
        }
        int[] best = new int[k];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (s < min || size == k && !better(scores, i, best[size - 1])) {
                continue;
            }
            int pos = size < k ? size++ : k - 1;
            while (pos > 0 && better(scores, i, best[pos - 1])) {
                best[pos] = best[pos - 1];
                pos--;
            }
            best[pos] = i;
        }
        return Arrays.copyOf(best, size);
    }

    /** {@link #indices} as a stream. */
    static java.util.stream.IntStream stream(float[] scores, int k, float min) {
        return java.util.Arrays.stream(indices(scores, k, min));
    }

    private static boolean better(float[] scores, int a, int b) {
        return scores[a] > scores[b] || scores[a] == scores[b] && a < b;
    }

    /** Four decimals: enough to rank, and stable to print. */
    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
