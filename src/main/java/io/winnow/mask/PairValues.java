package io.winnow.mask;

/**
 * Where the value of a key/value pair ends. Quoted values run to their closing quote; bare values stop where a
 * value of their kind would: a name at punctuation, a secret only at whitespace, a quote or the next
 * {@code &key=} or {@code ;key=}, since secrets may contain any other character.
 */
final class PairValues {
    private static final int MAX_VALUE = 1024;

    private PairValues() {
    }

    /**
     * The value starting at {@code v}, as {@code start << 32 | end}, or -1 when there is none.
     *
     * @param jsonKey whether the key was quoted, as in JSON, where a bare value also ends at {@code , } ]}
     */
    static long find(String s, int v, KeyClass kind, boolean jsonKey) {
        int n = s.length();
        char c = s.charAt(v);
        if (c == '\\' && v + 1 < n && s.charAt(v + 1) == '"') {
            int close = s.indexOf("\\\"", v + 2);
            return close < 0 || close - v > MAX_VALUE ? -1 : pack(v + 2, close);
        }
        if (c == '"' || c == '\'') {
            int close = closingQuote(s, v + 1, c);
            return close < 0 ? -1 : pack(v + 1, close);
        }
        if (c == '<' && isName(kind)) {
            int close = s.indexOf('>', v + 1);
            return close < 0 || close - v > 256 ? -1 : pack(v + 1, close);
        }
        int end = v;
        boolean secret = kind == KeyClass.PASSWORD || kind == KeyClass.SECRET || kind == KeyClass.SECRET_IF_RANDOM;
        while (end < n && end - v < MAX_VALUE && !endsBare(s, end, kind, secret, jsonKey)) {
            end++;
        }
        if (!secret) {
            while (end > v && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ':')) {
                end--;
            }
        }
        return end > v ? pack(v, end) : -1;
    }

    private static boolean endsBare(String s, int i, KeyClass kind, boolean secret, boolean jsonKey) {
        char c = s.charAt(i);
        if (c <= ' ' || c == '"' || c == '\'' || c == '\\') {
            return true;
        }
        if (secret) {
            return (jsonKey && (c == ',' || c == '}' || c == ']'))
                    || ((c == '&' || c == ';') && startsKey(s, i + 1));
        }
        return switch (c) {
            case ',', ';', '&', '|', '(', ')', '[', ']', '{', '}', '<', '>', '/' -> true;
            case ':' -> kind != KeyClass.CONTAINER;
            case '@' -> kind != KeyClass.USER;
            default -> false;
        };
    }

    /** Whether {@code s} has {@code name=} at {@code i}: the start of the next pair of a query or a DSN. */
    private static boolean startsKey(String s, int i) {
        int j = i;
        while (j < s.length() && j - i <= 40 && (Chars.isAsciiAlnum(s.charAt(j)) || s.charAt(j) == '_'
                || s.charAt(j) == '.' || s.charAt(j) == '-' || s.charAt(j) == ' ')) {
            j++;
        }
        return j > i && j < s.length() && s.charAt(j) == '=';
    }

    private static int closingQuote(String s, int from, char quote) {
        int limit = Math.min(s.length(), from + MAX_VALUE);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isName(KeyClass kind) {
        return kind == KeyClass.USER || kind == KeyClass.HOST || kind == KeyClass.DOTTED_HOST;
    }

    private static long pack(int start, int end) {
        return ((long) start << 32) | end;
    }
}
