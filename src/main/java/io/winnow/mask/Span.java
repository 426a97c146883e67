package io.winnow.mask;

/**
 * A stretch of a segment's text that a detector wants replaced.
 *
 * @param start first char, inclusive
 * @param end   last char, exclusive; always after {@code start}
 * @param kind  what it becomes
 * @param rank  the detector's place in the masker's order; lower wins when spans overlap
 */
record Span(int start, int end, MaskKind kind, int rank) {
    Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
