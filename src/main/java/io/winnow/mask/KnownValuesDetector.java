package io.winnow.mask;

import java.util.Map;

/**
 * Masks every further occurrence of values that other detectors found from context, so a container ID named in
 * an entity is also masked where it appears bare in the message. Built per alert from what was found in it; matches
 * only whole words, so a short ID is not cut out of a longer hex string.
 */
final class KnownValuesDetector implements Detector {
    private final Map<String, TokenKind> kindByValue;

    KnownValuesDetector(Map<String, TokenKind> kindByValue) {
        this.kindByValue = Map.copyOf(kindByValue);
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        kindByValue.forEach((value, kind) -> {
            int at = s.indexOf(value);
            while (at >= 0) {
                int end = at + value.length();
                boolean whole = (at == 0 || !Chars.isWordChar(s.charAt(at - 1)))
                        && (end == s.length() || !Chars.isWordChar(s.charAt(end)));
                if (whole) {
                    sink.add(at, end, kind);
                }
                at = s.indexOf(value, at + 1);
            }
        });
    }
}
