package io.winnow.mask;

/**
 * Domain names by their shape: two or more dotted labels ending in a top-level domain ({@link HostNames#isTld};
 * at the strict level any alphabetic label that is not a file extension). A name inside a file path
 * ({@code /etc/nginx/sites/shop.example.com.conf}) is part of the path and stays; public services
 * ({@code github.com}, {@code docker.io}) stay below the strict level.
 */
final class FqdnDetector implements Detector {
    /** Falco's field classes: {@code fd.net} and {@code evt.info} are fields, not domains. */
    private static final java.util.Set<String> FIELD_CLASSES = java.util.Set.of("proc", "fd", "evt", "user", "group",
            "container", "k8s", "ka", "jevt", "thread", "fs", "ct", "span", "mesos", "output_fields", "rc", "java",
            "node", "web", "javax");

    private final boolean strict;

    FqdnDetector(boolean strict) {
        this.strict = strict;
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        int n = s.length();
        for (int dot = s.indexOf('.'); dot > 0 && dot < n - 1; ) {
            int start = dot;
            while (start > 0 && (HostNames.isLabelChar(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
                start--;
            }
            int end = dot;
            while (end < n && (HostNames.isLabelChar(s.charAt(end)) || s.charAt(end) == '.')) {
                end++;
            }
            candidate(s, start, end, sink);
            dot = end < n ? s.indexOf('.', end) : -1;
        }
    }

    private void candidate(String s, int start, int end, Sink sink) {
        while (start < end && s.charAt(start) == '.') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '.') {
            end--;
        }
        int lastDot = s.lastIndexOf('.', end - 1);
        if (lastDot <= start || !insideText(s, start, end)) {
            return;
        }
        String tld = s.substring(lastDot + 1, end);
        if (!(strict ? HostNames.isLooseTld(tld) : HostNames.isTld(tld)) || !labelsValid(s, start, end)) {
            return;
        }
        String name = s.substring(start, end);
        int firstDot = name.indexOf('.');
        if (FIELD_CLASSES.contains(name.substring(0, firstDot).toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        if (strict || !HostNames.isPublic(name)) {
            sink.add(start, end, TokenKind.HOST);
        }
    }

    /** Not part of a path, a word, an email or a call: what stands before and after the name. */
    private static boolean insideText(String s, int start, int end) {
        if (start > 0) {
            char b = s.charAt(start - 1);
            if (b == '@' || b == '\\' || Character.isLetterOrDigit(b) || b == '$' || b == '%') {
                return false;
            }
            if (b == '/' && !(start > 1 && s.charAt(start - 2) == '/')) {
                return false;
            }
        }
        if (end < s.length()) {
            char a = s.charAt(end);
            return !Character.isLetterOrDigit(a) && a != '(' && a != '@';
        }
        return true;
    }

    private static boolean labelsValid(String s, int start, int end) {
        int labelStart = start;
        boolean letter = false;
        for (int i = start; i <= end; i++) {
            if (i == end || s.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0 || length > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else {
                letter |= Character.isLetter(s.charAt(i));
            }
        }
        return letter;
    }
}
