package io.winnow.mask;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own tokens ({@code [USER-1]}) and redactions ({@code [REDACTED-PASSWORD]}) already in the text: kept exactly
 * as they are and shielded from every other detector, so that masking masked text changes nothing. A token that
 * the text only imitates is never handed out for another value in the same call, so unmasking leaves it as written.
 */
final class KeepTokenDetector implements Detector {
    static final Pattern REDACTION = Pattern.compile("\\[REDACTED-[A-Z0-9_]{1,40}]");

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        Matcher token = null;
        Matcher redaction = null;
        for (int at = s.indexOf('['); at >= 0 && at + 3 < s.length(); at = s.indexOf('[', at + 1)) {
            char first = s.charAt(at + 1);
            if (first < 'A' || first > 'Z') {
                continue;
            }
            if (token == null) {
                token = MaskMap.TOKEN.matcher(s);
                redaction = REDACTION.matcher(s);
            }
            token.region(at, s.length());
            redaction.region(at, s.length());
            if (token.lookingAt()) {
                sink.add(at, token.end(), KeepKind.KEEP);
            } else if (redaction.lookingAt()) {
                sink.add(at, redaction.end(), KeepKind.KEEP);
            }
        }
    }
}
