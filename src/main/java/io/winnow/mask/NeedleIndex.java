package io.winnow.mask;

import java.util.ArrayList;
import java.util.List;

/**
 * Every needle of the masker's {@link NeedleDetector}s, bucketed by their first two characters (two-char needles) or
 * a hash of their first three, so that one pass over a segment finds where each detector needs to look. Immutable
 * and thread-safe.
 */
final class NeedleIndex {
    /** Needles of two chars, by both chars exactly. */
    private static final int BUCKETS = 128 * 128;
    /** Longer needles, by a hash of their first three chars: English bigrams ("co", "se") are too common. */
    private static final int TRIGRAMS = 1 << 16;

    /** One needle of one detector, with the detector's rank. */
    private record Entry(String needle, int rank, NeedleDetector detector) {
    }

    private final Entry[][] exact = new Entry[BUCKETS][];
    private final Entry[][] caseless = new Entry[BUCKETS][];
    private final Entry[][] exact3 = new Entry[TRIGRAMS][];
    private final Entry[][] caseless3 = new Entry[TRIGRAMS][];
    private final boolean anyCaseless;

    /** @param detectors the masker's detectors in rank order; those that are not needle detectors are skipped */
    NeedleIndex(List<Detector> detectors) {
        boolean lower = false;
        for (int rank = 0; rank < detectors.size(); rank++) {
            if (detectors.get(rank) instanceof NeedleDetector d) {
                for (String needle : d.needles()) {
                    Entry entry = new Entry(needle, rank, d);
                    if (needle.length() == 2) {
                        add(d.caseless() ? caseless : exact, bucket(needle.charAt(0), needle.charAt(1)), entry);
                    } else {
                        add(d.caseless() ? caseless3 : exact3,
                                trigram(needle.charAt(0), needle.charAt(1), needle.charAt(2)), entry);
                    }
                }
                lower |= d.caseless();
            }
        }
        this.anyCaseless = lower;
    }

    private static void add(Entry[][] table, int slot, Entry entry) {
        Entry[] old = table[slot];
        Entry[] grown = old == null ? new Entry[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = entry;
        table[slot] = grown;
    }

    /** Where a detector of rank r reports, in the masker's terms. */
    interface RankedSink {
        void add(int start, int end, MaskKind kind, int rank);
    }

    /** Calls each needle detector at each place one of its needles occurs in the segment. */
    void scan(Segment segment, RankedSink sink) {
        byte[] text = segment.bytes();
        byte[] lower = anyCaseless ? segment.lowerBytes() : null;
        int n = text.length - 1;
        for (int i = 0; i < n; i++) {
            int a = text[i];
            int b = text[i + 1];
            if ((a | b) < 0) {
                continue;
            }
            int c = i + 2 < text.length ? text[i + 2] & 0x7F : 0;
            probe(exact[a << 7 | b], text, i, segment, sink);
            probe(exact3[trigram(a, b, c)], text, i, segment, sink);
            if (lower != null) {
                int la = lower[i];
                int lb = lower[i + 1];
                int lc = i + 2 < lower.length ? lower[i + 2] & 0x7F : 0;
                probe(caseless[la << 7 | lb], lower, i, segment, sink);
                probe(caseless3[trigram(la, lb, lc)], lower, i, segment, sink);
            }
        }
    }

    private static void probe(Entry[] entries, byte[] haystack, int at, Segment segment, RankedSink sink) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            if (matches(haystack, at, e.needle())) {
                int rank = e.rank();
                e.detector().detectAt(segment, at, (start, end, kind) -> sink.add(start, end, kind, rank));
            }
        }
    }

    /** Whether {@code needle} occurs at {@code at} (buckets are hashed, so every char is compared). */
    private static boolean matches(byte[] haystack, int at, String needle) {
        int n = needle.length();
        if (at + n > haystack.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (haystack[at + k] != needle.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int trigram(int a, int b, int c) {
        return ((a * 961 + b * 31 + c) * 0x9E3779B1 >>> 16) & (TRIGRAMS - 1);
    }

    /** The two first chars exactly; any char outside ASCII shares bucket 0, which holds no needle. */
    private static int bucket(char a, char b) {
        return a < 128 && b < 128 ? a << 7 | b : 0;
    }
}
