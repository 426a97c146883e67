package io.winnow.mask;

/**
 * Finds one kind of sensitive value in a segment of an alert. Detectors are stateless and thread-safe; the masker
 * runs them in order and settles overlaps (see {@link SpanResolver}), so a detector need not know about the others.
 */
interface Detector {

    /** Reports each stretch of {@code segment}'s text to mask. */
    void detect(Segment segment, Sink sink);

    /** Where a detector reports what it found. */
    interface Sink {
        /** Marks {@code [start, end)} of the segment's text; empty stretches are ignored. */
        void add(int start, int end, MaskKind kind);
    }
}
