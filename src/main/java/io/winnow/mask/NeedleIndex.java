package io.winnow.mask;

import java.util.ArrayList;
import java.util.List;

/**
 * Every needle of the masker's {@link NeedleDetector}s, bucketed by their first two characters, so that one pass over
 * a segment finds where each detector needs to look. Immutable and thread-safe.
 */
final class NeedleIndex {
    private static final int BUCKETS = 128 * 128;

    /** One needle of one detector, with the detector's rank. */
    private record Entry(String needle, int rank, NeedleDetector detector) {
    }

    private final Entry[][] exact = new Entry[BUCKETS][];
    private final Entry[][] caseless = new Entry[BUCKETS][];
    private final boolean anyCaseless;

    /** @param detectors the masker's detectors in rank order; those that are not needle detectors are skipped */
    NeedleIndex(List<Detector> detectors) {
        List<List<Entry>> exactLists = new ArrayList<>();
        List<List<Entry>> caselessLists = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            exactLists.add(new ArrayList<>());
            caselessLists.add(new ArrayList<>());
        }
        boolean lower = false;
        for (int rank = 0; rank < detectors.size(); rank++) {
            if (detectors.get(rank) instanceof NeedleDetector d) {
                for (String needle : d.needles()) {
                    (d.caseless() ? caselessLists : exactLists).get(bucket(needle.charAt(0), needle.charAt(1)))
                            .add(new Entry(needle, rank, d));
                }
                lower |= d.caseless();
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            exact[b] = exactLists.get(b).isEmpty() ? null : exactLists.get(b).toArray(Entry[]::new);
            caseless[b] = caselessLists.get(b).isEmpty() ? null : caselessLists.get(b).toArray(Entry[]::new);
        }
        this.anyCaseless = lower;
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
            Entry[] e = exact[a << 7 | b];
            if (e != null) {
                hits(e, text, i, segment, sink);
            }
            if (lower != null) {
                Entry[] c = caseless[lower[i] << 7 | lower[i + 1]];
                if (c != null) {
                    hits(c, lower, i, segment, sink);
                }
            }
        }
    }

    private static void hits(Entry[] entries, byte[] haystack, int at, Segment segment, RankedSink sink) {
        for (Entry e : entries) {
            if (matchesFromThird(haystack, at, e.needle())) {
                int rank = e.rank();
                e.detector().detectAt(segment, at, (start, end, kind) -> sink.add(start, end, kind, rank));
            }
        }
    }

    /** Whether {@code needle} occurs at {@code at}, its first two chars being known to match already. */
    private static boolean matchesFromThird(byte[] haystack, int at, String needle) {
        int n = needle.length();
        if (at + n > haystack.length) {
            return false;
        }
        for (int k = 2; k < n; k++) {
            if (haystack[at + k] != needle.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The two first chars exactly; any char outside ASCII shares bucket 0, which holds no needle. */
    private static int bucket(char a, char b) {
        return a < 128 && b < 128 ? a << 7 | b : 0;
    }
}
