package io.winnow.mask;

import io.winnow.mask.AnchoredPatternDetector.Before;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A log grammar that names users, hosts or passwords in fixed places, such as sshd's
 * {@code Failed password for (invalid user )?NAME from}: a regex tried only where one of its literal needles
 * occurs, whose groups each say what they capture. Captured names are checked before they are reported, and
 * words that follow "user" in prose ({@code user unknown}, {@code user NOT in sudoers}) are not names.
 */
final class GrammarDetector implements NeedleDetector {
    /** A user name as log grammars print it; checked further by {@link Accounts#isUserName}. */
    static final String NAME = "([A-Za-z0-9_][A-Za-z0-9._@$\\\\-]{0,63})";
    private static final Set<String> NOT_NAMES = Set.of("unknown", "not", "from", "is", "was", "has", "does",
            "account", "name", "session", "with", "and", "or", "to", "in", "on", "for", "the", "a", "an",
            "request", "authentication", "logged", "login", "password", "mode", "agent", "id", "via", "by", "root's",
            "info", "data", "list", "logout", "principal", "process", "none", "ssh2", "port", "any", "that");

    private final List<String> needles;
    private final boolean caseless;
    private final Pattern pattern;
    private final Before before;
    private final MaskKind[] kinds;

    private GrammarDetector(List<String> needles, boolean caseless, Pattern pattern, Before before, MaskKind[] kinds) {
        this.needles = needles;
        this.caseless = caseless;
        this.pattern = pattern;
        this.before = before;
        this.kinds = kinds;
    }

    /** A case-sensitive grammar; group i captures a value of {@code kinds[i - 1]}. */
    static GrammarDetector exact(String regex, List<String> needles, MaskKind... kinds) {
        return new GrammarDetector(List.copyOf(needles), false, Pattern.compile(regex), Before.NOT_ALNUM, kinds);
    }

    /** A grammar that ignores ASCII case; needles are matched against the lower-cased text. */
    static GrammarDetector caseless(String regex, List<String> needles, MaskKind... kinds) {
        List<String> lower = needles.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return new GrammarDetector(lower, true, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), Before.NOT_ALNUM,
                kinds);
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
        if (Chars.isAsciiAlnum(text.charAt(at)) && !before.allows(text, at)) {
            return;
        }
        Matcher m = pattern.matcher(text);
        m.region(at, text.length());
        if (m.lookingAt()) {
            report(text, m, sink);
        }
    }

    private void report(String text, Matcher m, Sink sink) {
        for (int g = 1; g <= m.groupCount() && g <= kinds.length; g++) {
            int start = m.start(g);
            int end = m.end(g);
            if (start < 0 || end <= start) {
                continue;
            }
            String value = text.substring(start, end);
            switch (kinds[g - 1]) {
                case TokenKind t when t == TokenKind.USER -> {
                    if (!NOT_NAMES.contains(value.toLowerCase(Locale.ROOT))) {
                        NameSpans.user(text, start, end, sink);
                    }
                }
                case TokenKind t when t == TokenKind.HOST -> NameSpans.host(text, start, end, sink, false);
                case TokenKind t -> sink.add(start, end, t);
                case SecretKind secret -> {
                    if (SecretValues.isSecret(value) && !value.startsWith("<via")) {
                        sink.add(start, end, secret);
                    }
                }
                case KeepKind keep -> sink.add(start, end, keep);
            }
        }
    }
}
