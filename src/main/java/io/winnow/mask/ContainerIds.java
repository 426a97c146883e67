package io.winnow.mask;

/** What a container ID looks like: 12 or 64 hex characters, optionally behind a runtime prefix ({@code docker://}). */
final class ContainerIds {
    private static final String[] PREFIXES = {"docker://", "containerd://", "cri-o://", "crio://"};

    private ContainerIds() {
    }

    /** Reports {@code s[start, end)} as a container ID, less any runtime prefix, if it is one. */
    static void report(String s, int start, int end, Detector.Sink sink) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        for (String prefix : PREFIXES) {
            if (s.startsWith(prefix, start)) {
                start += prefix.length();
                break;
            }
        }
        if (isId(s, start, end)) {
            sink.add(start, end, TokenKind.CONTAINER);
        }
    }

    /** Whether {@code s[start, end)} is exactly 12 or 64 hex characters. */
    static boolean isId(String s, int start, int end) {
        int length = end - start;
        if (length != 12 && length != 64) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Chars.isHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
