package io.winnow.mask;

/**
 * Secrets whose shape has no literal prefix at its start, found from a literal in their middle: Telegram bot tokens
 * ({@code 123456789:AA…}), Discord bot tokens (three dotted parts of fixed lengths), Azure storage keys (86 base64
 * characters and {@code ==}) and Azure client secrets ({@code …8Q~…}).
 */
final class ShapedSecretDetector implements Detector {

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        telegram(s, sink);
        azureStorageKey(s, sink);
        azureClientSecret(s, sink);
        discord(s, sink);
    }

    private static void telegram(String s, Sink sink) {
        for (int at = s.indexOf(":AA"); at >= 0; at = s.indexOf(":AA", at + 3)) {
            int start = at;
            while (start > 0 && Chars.isDigit(s.charAt(start - 1)) && at - start <= 10) {
                start--;
            }
            int digits = at - start;
            int end = run(s, at + 1, ShapedSecretDetector::isUrlSafe);
            if (digits >= 8 && digits <= 10 && end - at - 1 >= 34 && end - at - 1 <= 40
                    && (start == 0 || !Chars.isDigit(s.charAt(start - 1)))) {
                sink.add(start, end, SecretKind.TELEGRAM_TOKEN);
            }
        }
    }

    private static void azureStorageKey(String s, Sink sink) {
        for (int at = s.indexOf("=="); at >= 0; at = s.indexOf("==", at + 2)) {
            int start = at;
            while (start > 0 && isBase64(s.charAt(start - 1)) && at - start <= 87) {
                start--;
            }
            boolean bounded = at + 2 >= s.length() || !isBase64(s.charAt(at + 2)) && s.charAt(at + 2) != '=';
            if (at - start == 86 && bounded && SecretPatterns.hasDigit(s.substring(start, at))) {
                sink.add(start, at + 2, SecretKind.AZURE_STORAGE_KEY);
            }
        }
    }

    private static void azureClientSecret(String s, Sink sink) {
        for (int at = s.indexOf("Q~"); at >= 0; at = s.indexOf("Q~", at + 2)) {
            int start = at - 4;
            if (start < 0 || !Chars.isDigit(s.charAt(at - 1)) || (start > 0 && isAzureChar(s.charAt(start - 1)))) {
                continue;
            }
            boolean head = true;
            for (int i = start; i < at - 1; i++) {
                head &= isAzureChar(s.charAt(i));
            }
            int end = run(s, at + 2, ShapedSecretDetector::isAzureChar);
            if (head && end - at - 2 >= 31 && end - at - 2 <= 34) {
                sink.add(start, end, SecretKind.AZURE_CLIENT_SECRET);
            }
        }
    }

    /** {@code [MNO]…(23–25).(6).(27–38)}: the first part is a user ID in base64, so it starts with M, N or O. */
    private static void discord(String s, Sink sink) {
        int n = s.length();
        for (int dot = s.indexOf('.'); dot >= 0 && dot + 8 < n; dot = s.indexOf('.', dot + 1)) {
            if (s.charAt(dot + 7) != '.') {
                continue;
            }
            int start = dot;
            while (start > 0 && isUrlSafe(s.charAt(start - 1)) && dot - start <= 26) {
                start--;
            }
            int first = dot - start;
            if (first < 24 || first > 26 || "MNO".indexOf(s.charAt(start)) < 0) {
                continue;
            }
            int middle = run(s, dot + 1, ShapedSecretDetector::isUrlSafe);
            int end = run(s, dot + 8, ShapedSecretDetector::isUrlSafe);
            if (middle == dot + 7 && end - dot - 8 >= 27 && end - dot - 8 <= 38) {
                sink.add(start, end, SecretKind.DISCORD_TOKEN);
                dot = end;
            }
        }
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static int run(String s, int from, CharTest test) {
        int i = from;
        while (i < s.length() && test.test(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isUrlSafe(char c) {
        return Chars.isAsciiAlnum(c) || c == '_' || c == '-';
    }

    private static boolean isBase64(char c) {
        return Chars.isAsciiAlnum(c) || c == '+' || c == '/';
    }

    private static boolean isAzureChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '_' || c == '~' || c == '.' || c == '-';
    }
}
