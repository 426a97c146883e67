package io.winnow.mask;

import java.util.Locale;
import java.util.Map;

/**
 * Masks every further occurrence of values that other detectors found from context: a user named in
 * {@code Failed password for alice} is masked in {@code /var/mail/alice}'s neighbour {@code alice's session} too, a
 * host named in the alert's host field wherever the message repeats it, a container ID from an entity where it
 * appears bare. Built per alert from what was found in it. Matches whole words only, never a component of a file
 * path ({@code /opt/bastion/run.sh} keeps its path), and host names without regard to case.
 */
final class KnownValuesDetector implements Detector {
    private final Map<String, TokenKind> kindByValue;

    /** @param kindByValue values to look for; host names must be given in lower case */
    KnownValuesDetector(Map<String, TokenKind> kindByValue) {
        this.kindByValue = Map.copyOf(kindByValue);
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        kindByValue.forEach((value, kind) -> {
            String haystack = kind == TokenKind.HOST ? segment.lower() : s;
            for (int at = haystack.indexOf(value); at >= 0; at = haystack.indexOf(value, at + 1)) {
                int end = at + value.length();
                if (kind == TokenKind.HOST) {
                    end = domainEnd(s, end);
                }
                if (end > 0 && boundedBefore(s, at) && boundedAfter(s, end, kind)) {
                    sink.add(at, end, kind);
                }
            }
        });
    }

    /**
     * A known host followed by more labels ({@code web-01.corp.lan}) is that host's full name: the span runs to its
     * end, unless the last label is a file extension ({@code bastion.log}), in which case -1.
     */
    private static int domainEnd(String s, int end) {
        if (end + 1 >= s.length() || s.charAt(end) != '.' || !Chars.isAsciiAlnum(s.charAt(end + 1))) {
            return end;
        }
        int stop = end;
        while (stop < s.length() && (HostNames.isLabelChar(s.charAt(stop)) || s.charAt(stop) == '.')) {
            stop++;
        }
        while (stop > end && s.charAt(stop - 1) == '.') {
            stop--;
        }
        int lastDot = s.lastIndexOf('.', stop - 1);
        return HostNames.isLooseTld(s.substring(lastDot + 1, stop)) ? stop : -1;
    }

    private static boolean boundedBefore(String s, int at) {
        if (at == 0) {
            return true;
        }
        char c = s.charAt(at - 1);
        return !Chars.isWordChar(c) && c != '-' && c != '.' && c != '/';
    }

    private static boolean boundedAfter(String s, int end, TokenKind kind) {
        if (end == s.length()) {
            return true;
        }
        char c = s.charAt(end);
        if (c == '.' && end + 1 < s.length() && Chars.isAsciiAlnum(s.charAt(end + 1))) {
            return false;
        }
        return !Chars.isWordChar(c) && c != '-' && (kind != TokenKind.CONTAINER || c != '.');
    }

    /** The values worth looking for again: host names in lower case, and the first label of a dotted host name. */
    static void remember(Map<String, TokenKind> known, String value, TokenKind kind) {
        if (value.length() < 2) {
            return;
        }
        if (kind == TokenKind.HOST) {
            String lower = value.toLowerCase(Locale.ROOT);
            known.putIfAbsent(lower, kind);
            int dot = lower.indexOf('.');
            String first = dot > 0 ? lower.substring(0, dot) : "";
            if (first.length() >= 3 && (first.indexOf('-') > 0 || first.chars().anyMatch(Character::isDigit))) {
                known.putIfAbsent(first, kind);
            }
        } else {
            known.putIfAbsent(value, kind);
        }
    }
}
