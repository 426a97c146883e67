package io.winnow.analyst.builtin.similarity;

/** Small vector arithmetic for the embedding ranker. */
final class Vectors {
    private Vectors() {
    }

    /** The vector scaled to length 1 (a copy); a zero vector stays zero. */
    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] u = new float[v.length];
        if (norm == 0) {
            return u;
        }
        double scale = 1 / Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] * scale);
        }
        return u;
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
