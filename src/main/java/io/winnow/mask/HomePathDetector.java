package io.winnow.mask;

import java.util.Locale;
import java.util.Set;

/**
 * The user name in a home or mail path: {@code /home/alice/…}, {@code /Users/alice}, {@code C:\Users\alice\…}
 * (also JSON-escaped, {@code C:\\Users\\alice}), {@code /var/mail/alice}, {@code /var/spool/cron/crontabs/alice}.
 * Only the name is masked; the rest of the path stays for the analyst.
 */
final class HomePathDetector implements Detector {
    private static final String[] POSIX = {"/home/", "/export/home/", "/var/mail/", "/var/spool/mail/",
        "/var/spool/cron/crontabs/", "/var/spool/cron/tabs/"};
    private static final Set<String> NOT_USERS = Set.of("public", "default", "all users", "default user",
            "defaultuser0", "shared", "lost+found", "guest", "crontabs", "tabs", "user", "username", "*", "linuxbrew");

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        if (s.indexOf('/') < 0 && s.indexOf('\\') < 0) {
            return;
        }
        for (String prefix : POSIX) {
            for (int at = s.indexOf(prefix); at >= 0; at = s.indexOf(prefix, at + 1)) {
                name(s, at + prefix.length(), sink);
            }
        }
        String lower = segment.lower();
        for (int at = lower.indexOf("users"); at > 0; at = lower.indexOf("users", at + 5)) {
            char before = s.charAt(at - 1);
            int after = at + 5;
            if ((before == '\\' || before == '/') && after < s.length()
                    && (s.charAt(after) == '\\' || s.charAt(after) == '/')) {
                while (after < s.length() && (s.charAt(after) == '\\' || s.charAt(after) == '/')) {
                    after++;
                }
                name(s, after, sink);
            }
        }
    }

    private static void name(String s, int start, Sink sink) {
        int end = start;
        while (end < s.length() && end - start <= 64 && isNameChar(s.charAt(end))) {
            end++;
        }
        if (end == start || !Chars.isAsciiAlnum(s.charAt(start)) && s.charAt(start) != '_') {
            return;
        }
        if (!NOT_USERS.contains(s.substring(start, end).toLowerCase(Locale.ROOT))) {
            NameSpans.user(s, start, end, sink);
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '$' || c == '@';
    }
}
