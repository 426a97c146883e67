package io.winnow.mask;

/**
 * Strict level only: any long random-looking run of token characters ({@code [A-Za-z0-9+/=_-]}, at least 32), as
 * keys of unknown providers look, wherever it stands. Hex alone is left, since file hashes are evidence.
 */
final class RandomStringDetector implements Detector {
    private static final int MIN = 32;

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isTokenChar(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean nonHex = false;
            while (end < n && isTokenChar(s.charAt(end))) {
                nonHex |= !Chars.isHex(s.charAt(end));
                end++;
            }
            if (end - i >= MIN && nonHex && Entropy.looksRandom(s.substring(i, end), MIN)) {
                sink.add(i, end, SecretKind.SECRET);
            }
            i = end;
        }
    }

    private static boolean isTokenChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '+' || c == '/' || c == '=' || c == '_' || c == '-';
    }
}
