package io.winnow.mask;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex tried only where one of its literal needles occurs ({@code AKIA}, {@code ghp_}, {@code password}), and
 * anchored there. {@link String#indexOf} finds needles far faster than a regex scan tries every position, so a
 * segment without any needle costs almost nothing. The span is the first capturing group that matched, or the whole
 * match when the pattern has none, so context such as {@code password=} stays visible.
 */
final class AnchoredPatternDetector implements NeedleDetector {

    /** What may precede the needle, so that a needle inside a longer word does not count. */
    enum Before {
        ANYTHING,
        /** Not a letter or digit. */
        NOT_ALNUM,
        /** Not a letter, digit, {@code _} or {@code -}: the start of a token such as {@code sk-…}. */
        NOT_TOKEN_CHAR,
        /** Not a path or call: {@code /etc/passwd:} and {@code pam_unix(passwd:…)} are not assignments. */
        NOT_PATH_OR_CALL;

        boolean allows(String text, int index) {
            if (index == 0) {
                return true;
            }
            char c = text.charAt(index - 1);
            return switch (this) {
                case ANYTHING -> true;
                case NOT_ALNUM -> !Character.isLetterOrDigit(c);
                case NOT_TOKEN_CHAR -> !Character.isLetterOrDigit(c) && c != '_' && c != '-';
                case NOT_PATH_OR_CALL -> c != '/' && c != '\\' && c != '(';
            };
        }
    }

    private final MaskKind kind;
    private final List<String> needles;
    private final boolean caseless;
    private final Pattern pattern;
    private final Before before;
    private final Predicate<String> accept;

    private AnchoredPatternDetector(MaskKind kind, List<String> needles, boolean caseless, Pattern pattern,
                                    Before before, Predicate<String> accept) {
        this.kind = kind;
        this.needles = List.copyOf(needles);
        this.caseless = caseless;
        this.pattern = pattern;
        this.before = before;
        this.accept = accept;
    }

    /** A case-sensitive pattern. */
    static AnchoredPatternDetector exact(MaskKind kind, Before before, String regex, String... needles) {
        return new AnchoredPatternDetector(kind, List.of(needles), false, Pattern.compile(regex), before, v -> true);
    }

    /** A pattern that ignores ASCII case; needles are matched against the lower-cased text. */
    static AnchoredPatternDetector caseless(MaskKind kind, Before before, String regex, String... needles) {
        List<String> lower = List.of(needles).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return new AnchoredPatternDetector(kind, lower, true, Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
                before, v -> true);
    }

    /** The same detector, keeping only values that pass {@code test} (for shapes a regex alone would overmatch). */
    AnchoredPatternDetector accepting(Predicate<String> test) {
        return new AnchoredPatternDetector(kind, needles, caseless, pattern, before, test);
    }

    @Override
    public List<String> needles() {
        return needles;
    }

    @Override
    public boolean caseless() {
        return caseless;
    }

    @Override
    public void detectAt(Segment segment, int at, Sink sink) {
        String text = segment.text();
        if (before.allows(text, at)) {
            Matcher m = pattern.matcher(text);
            m.region(at, text.length());
            if (m.lookingAt()) {
                report(m, sink);
            }
        }
    }

    private void report(Matcher m, Sink sink) {
        int group = 0;
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                group = g;
                break;
            }
        }
        int start = m.start(group);
        int end = m.end(group);
        if (end > start && accept.test(m.group(group))) {
            sink.add(start, end, kind);
        }
    }
}
