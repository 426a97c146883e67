package io.winnow.mask.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Measures a masking function on a corpus: secrets that survive, personal values that survive as whole words, and
 * what the analyst needs that is lost. Keeps a few examples of each failure for the test's message.
 */
public final class LeakReport {
    private int secrets;
    private int secretsLeaked;
    private int personal;
    private int personalLeaked;
    private int keep;
    private int kept;
    private final Map<String, int[]> secretsByKind = new TreeMap<>();
    private final Map<String, int[]> personalByKind = new TreeMap<>();
    private final Map<String, int[]> keepByFormat = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();

    public static LeakReport measure(List<Sample> corpus, UnaryOperator<String> mask) {
        LeakReport r = new LeakReport();
        corpus.forEach(sample -> r.add(sample, mask.apply(sample.line())));
        return r;
    }

    private void add(Sample sample, String masked) {
        for (FakeSecrets.Secret s : sample.secrets()) {
            boolean leaked = masked.contains(s.value());
            secrets++;
            secretsLeaked += leaked ? 1 : 0;
            count(secretsByKind, s.kind(), leaked);
            example(leaked, "secret " + s.kind(), sample, masked);
        }
        for (Sample.Personal p : sample.personal()) {
            boolean leaked = containsWord(masked, p.value());
            personal++;
            personalLeaked += leaked ? 1 : 0;
            count(personalByKind, p.kind(), leaked);
            example(leaked, p.kind() + " " + p.value(), sample, masked);
        }
        for (String k : sample.keep()) {
            boolean ok = masked.contains(k);
            keep++;
            kept += ok ? 1 : 0;
            count(keepByFormat, sample.format(), !ok);
            example(!ok, "lost '" + k + "'", sample, masked);
        }
    }

    static boolean containsWord(String text, String value) {
        return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(value) + "(?![A-Za-z0-9])").matcher(text).find();
    }

    private static void count(Map<String, int[]> by, String key, boolean bad) {
        int[] c = by.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        c[1] += bad ? 1 : 0;
    }

    private void example(boolean bad, String what, Sample sample, String masked) {
        if (bad && examples.size() < 40) {
            examples.add(what + " [" + sample.format() + "]\n    in:  " + sample.line() + "\n    out: " + masked);
        }
    }

    public int secrets() {
        return secrets;
    }

    public int secretsLeaked() {
        return secretsLeaked;
    }

    public int secretKinds() {
        return secretsByKind.size();
    }

    public int personal() {
        return personal;
    }

    public double personalLeakRate() {
        return personal == 0 ? 0 : (double) personalLeaked / personal;
    }

    public double keptRate() {
        return keep == 0 ? 1 : (double) kept / keep;
    }

    public List<String> examples() {
        return examples;
    }

    /** The figures, one per line, for the test output and the report. */
    public String summary(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format("  secrets: %d of %d kinds, leaked %d (%.2f%%)%n", secrets, secretsByKind.size(),
                secretsLeaked, 100.0 * secretsLeaked / Math.max(1, secrets)));
        out.append(String.format("  personal values: %d, leaked %d (%.2f%%)%n", personal, personalLeaked,
                100 * personalLeakRate()));
        personalByKind.forEach((k, c) -> out.append(String.format("    %-10s %5d leaked %d%n", k, c[0], c[1])));
        out.append(String.format("  analyst needs: %d, kept %d (%.2f%%)%n", keep, kept, 100 * keptRate()));
        keepByFormat.forEach((k, c) -> {
            if (c[1] > 0) {
                out.append(String.format("    %-14s lost %d of %d%n", k, c[1], c[0]));
            }
        });
        return out.toString();
    }
}
