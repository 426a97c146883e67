package io.winnow.mask;

/**
 * The user information of a URL, {@code scheme://user:password@host}: the password is redacted, the user becomes a
 * user token. A user part that is itself a token ({@code https://ghp_…@github.com}, a Sentry key) is redacted too.
 * Any scheme counts, database URIs included ({@code postgres://}, {@code mongodb+srv://}, {@code redis://:pw@}).
 */
final class UrlUserInfoDetector implements Detector {
    private static final int MAX_AUTHORITY = 512;

    private final boolean names;

    UrlUserInfoDetector(boolean names) {
        this.names = names;
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        for (int scheme = s.indexOf("://"); scheme >= 0; scheme = s.indexOf("://", scheme + 3)) {
            int start = scheme + 3;
            int end = start;
            int at = -1;
            while (end < s.length() && end - start < MAX_AUTHORITY && !endsAuthority(s.charAt(end))) {
                if (s.charAt(end) == '@') {
                    at = end;
                }
                end++;
            }
            if (at > start) {
                userInfo(s, start, at, sink);
            }
        }
    }

    private void userInfo(String s, int start, int at, Sink sink) {
        int colon = s.indexOf(':', start);
        if (colon >= 0 && colon < at) {
            if (colon + 1 < at) {
                sink.add(colon + 1, at, SecretKind.URL_CREDENTIALS);
            }
            user(s, start, colon, sink);
        } else {
            user(s, start, at, sink);
        }
    }

    private void user(String s, int start, int end, Sink sink) {
        if (end <= start) {
            return;
        }
        String user = s.substring(start, end);
        if (Entropy.looksRandom(user, 16) || user.length() > 40) {
            sink.add(start, end, SecretKind.URL_CREDENTIALS);
        } else if (names) {
            NameSpans.user(s, start, end, sink);
        }
    }

    private static boolean endsAuthority(char c) {
        return c <= ' ' || c == '/' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`';
    }
}
