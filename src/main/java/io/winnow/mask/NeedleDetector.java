package io.winnow.mask;

import java.util.List;

/**
 * A detector that only ever matches where one of its literal needles starts. The masker finds every needle of
 * every such detector in one pass over the text ({@link NeedleIndex}) and calls the detector only there, instead of
 * each detector searching the text for each of its needles.
 */
interface NeedleDetector extends Detector {
    /** The needles, at least two characters each; lower case when {@link #caseless()}. */
    List<String> needles();

    /** Whether needles are matched against the lower-cased text. */
    boolean caseless();

    /** Tries the detector where one of its needles starts, at {@code at}. */
    void detectAt(Segment segment, int at, Sink sink);

    @Override
    default void detect(Segment segment, Sink sink) {
        String haystack = caseless() ? segment.lower() : segment.text();
        for (String needle : needles()) {
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                detectAt(segment, at, sink);
            }
        }
    }
}
