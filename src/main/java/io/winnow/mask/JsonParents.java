package io.winnow.mask;

/** Finds, in JSON written as text, the key of the object that encloses a position: {@code agent} for {@code name}. */
final class JsonParents {
    private static final int LOOK_BACK = 4096;

    private JsonParents() {
    }

    /** The key of the object that encloses {@code at}, or null when there is none or it cannot be read. */
    static String keyOfEnclosingObject(String s, int at) {
        int depth = 0;
        int limit = Math.max(0, at - LOOK_BACK);
        for (int i = at - 1; i >= limit; i--) {
            char c = s.charAt(i);
            if (c == '}') {
                depth++;
            } else if (c == '{') {
                if (depth == 0) {
                    return keyBefore(s, i);
                }
                depth--;
            }
        }
        return null;
    }

    /** The quoted key before {@code "key": {} at {@code brace}. */
    private static String keyBefore(String s, int brace) {
        int j = brace - 1;
        while (j >= 0 && s.charAt(j) == ' ') {
            j--;
        }
        if (j < 0 || s.charAt(j) != ':') {
            return null;
        }
        j--;
        while (j >= 0 && s.charAt(j) == ' ') {
            j--;
        }
        if (j >= 0 && s.charAt(j) == '"') {
            j--;
        }
        if (j >= 0 && s.charAt(j) == '\\') {
            j--;
        }
        int end = j + 1;
        while (j >= 0 && end - j <= 64 && (Chars.isAsciiAlnum(s.charAt(j)) || s.charAt(j) == '_'
                || s.charAt(j) == '.' || s.charAt(j) == '-')) {
            j--;
        }
        return end > j + 1 ? s.substring(j + 1, end) : null;
    }
}
