package io.winnow.mask;

/**
 * Whether a value looks machine-made and random, as keys and tokens do, rather than like a word, a number, a path
 * or a flag. Used only where the context already suggests a secret, and on long strings at the strict level.
 */
final class Entropy {
    private Entropy() {
    }

    /**
     * At least {@code minLength} characters without spaces, not a path or URL, mixing letters with digits or
     * upper with lower case, with at least 3 bits of Shannon entropy per character.
     */
    static boolean looksRandom(CharSequence v, int minLength) {
        int n = v.length();
        if (n < minLength || n > 4096) {
            return false;
        }
        char first = v.charAt(0);
        if (first == '/' || first == '~' || first == '.' || first == '[' || first == '$' || first == '%') {
            return false;
        }
        int lower = 0;
        int upper = 0;
        int digits = 0;
        int[] seen = new int[128];
        int other = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c <= ' ' || c == ':' && i + 2 < n && v.charAt(i + 1) == '/' && v.charAt(i + 2) == '/') {
                return false;
            }
            if (c >= 'a' && c <= 'z') {
                lower++;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (Chars.isDigit(c)) {
                digits++;
            }
            if (c < 128) {
                seen[c]++;
            } else {
                other++;
            }
        }
        boolean mixed = (digits > 0 && lower + upper > 0) || (lower > 0 && upper > 0 && n >= 20);
        return mixed && digits < n && bitsPerChar(seen, other, n) >= 3.0;
    }

    private static double bitsPerChar(int[] seen, int other, int n) {
        double bits = 0;
        for (int count : seen) {
            if (count > 0) {
                double p = (double) count / n;
                bits -= p * Math.log(p);
            }
        }
        if (other > 0) {
            double p = (double) other / n;
            bits -= p * Math.log(p);
        }
        return bits / Math.log(2);
    }
}
