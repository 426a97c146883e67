package io.winnow.mask;

import java.util.List;
import java.util.Locale;

/**
 * The terms of {@code mask.deny}, wherever they occur as whole words, without regard to case: a name becomes
 * {@code [TERM-n]}; a domain ({@code corp.example}) also takes the host labels in front of it and becomes a host
 * token ({@code web-01.corp.example} → {@code [HOST-n]}).
 */
final class DenyTermsDetector implements Detector {
    private final List<String> terms;

    DenyTermsDetector(List<String> terms) {
        this.terms = terms.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String lower = segment.lower();
        for (String term : terms) {
            boolean domain = term.indexOf('.') > 0 && term.indexOf(' ') < 0;
            for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
                int end = at + term.length();
                if (end < lower.length() && Chars.isWordChar(lower.charAt(end))) {
                    continue;
                }
                if (domain) {
                    int start = at;
                    while (start > 0 && (HostNames.isLabelChar(lower.charAt(start - 1)) || lower.charAt(start - 1) == '.')) {
                        start--;
                    }
                    sink.add(start, end, TokenKind.HOST);
                } else if (at == 0 || !Chars.isWordChar(lower.charAt(at - 1))) {
                    sink.add(at, end, TokenKind.TERM);
                }
            }
        }
    }
}
