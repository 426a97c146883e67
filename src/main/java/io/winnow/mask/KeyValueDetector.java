package io.winnow.mask;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values named by their key, in every way logs write a pair: {@code key=value}, {@code key="value"},
 * {@code key: value}, {@code "key":"value"}, JSON escaped inside JSON ({@code \"key\":\"value\"}), RADIUS's
 * {@code User-Name = "alice"}, Windows' two-word keys ({@code Account Name:\t\talice}) and XML event data
 * ({@code <Data Name="TargetUserName">alice</Data>}, {@code <Computer>ws01</Computer>}). What the key says
 * ({@link KeyNames}) decides what the value becomes; the value is checked before it is masked.
 */
final class KeyValueDetector implements Detector {
    private static final int MAX_KEY = 64;
    private static final int MAX_QUOTED = 1024;

    private static final int MAX_CACHED_KEYS = 8_192;

    private final boolean names;
    /** Logs repeat their keys: what each key name says is worked out once. Bounded, so hostile keys cannot grow it. */
    private final Map<String, KeyClass> classes = new ConcurrentHashMap<>();

    /** @param names whether user, host and domain names are looked for (standard level and above) */
    KeyValueDetector(boolean names) {
        this.names = names;
    }

    private KeyClass classify(String key) {
        KeyClass known = classes.get(key);
        if (known != null) {
            return known;
        }
        KeyClass kind = KeyNames.classify(key);
        if (classes.size() < MAX_CACHED_KEYS) {
            classes.put(key, kind);
        }
        return kind;
    }

    @Override
    public void detect(Segment segment, Sink sink) {
        String s = segment.text();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '=' || c == ':' || (c == '>' && i > 0 && s.charAt(i - 1) != '-')) {
                i = Math.max(i, pair(s, i, sink));
            }
        }
    }

    /** Handles the pair around the separator at {@code sep}; returns the last index it consumed. */
    private int pair(String s, int sep, Sink sink) {
        if (skipSeparator(s, sep)) {
            return sep;
        }
        Key key = s.charAt(sep) == '>' ? xmlKey(s, sep) : key(s, sep);
        if (key == null || key.kind() == KeyClass.NONE) {
            return sep;
        }
        KeyClass kind = key.kind();
        if (key.closesString(s, sep)) {
            return sep;
        }
        if (!names && (kind == KeyClass.USER || kind == KeyClass.HOST || kind == KeyClass.DOTTED_HOST
                || kind == KeyClass.DOMAIN)) {
            return sep;
        }
        int v = sep + 1;
        for (int spaces = 0; v < s.length() && (s.charAt(v) == ' ' || s.charAt(v) == '\t') && spaces < 16; spaces++) {
            v++;
        }
        if (v >= s.length()) {
            return sep;
        }
        long span = s.charAt(sep) == '>' ? xmlValue(s, v) : PairValues.find(s, v, kind, key.quoted());
        if (span < 0) {
            return sep;
        }
        int start = (int) (span >>> 32);
        int end = (int) span;
        if (kind == KeyClass.USER || kind == KeyClass.DOMAIN) {
            end = twoWordName(s, start, end);
        }
        report(s, start, end, kind, key.name(), sink);
        return Math.max(sep, end - 1);
    }

    private static boolean skipSeparator(String s, int sep) {
        char c = s.charAt(sep);
        char prev = sep > 0 ? s.charAt(sep - 1) : ' ';
        char next = sep + 1 < s.length() ? s.charAt(sep + 1) : ' ';
        if (c == ':') {
            return next == ':' || prev == ':' || (next == '/' && sep + 2 < s.length() && s.charAt(sep + 2) == '/')
                    || (Chars.isDigit(prev) && Chars.isDigit(next));
        }
        if (c == '=') {
            return next == '=' || prev == '=' || prev == '!' || prev == '<' || prev == '>';
        }
        return false;
    }

    private record Key(String name, KeyClass kind, boolean quoted, int start) {
        Key(String name, KeyClass kind, boolean quoted) {
            this(name, kind, quoted, -1);
        }

        /** {@code "bind_passwd:" "pw"}: the separator ends a string that began before the key; no value follows. */
        boolean closesString(String s, int sep) {
            return !quoted && start > 0 && sep + 1 < s.length() && s.charAt(sep + 1) == '"' && s.charAt(start - 1) == '"';
        }
    }

    private Key key(String s, int sep) {
        int j = sep - 1;
        for (int spaces = 0; j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t') && spaces < 8; spaces++) {
            j--;
        }
        boolean quoted = false;
        if (j >= 0 && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
            quoted = true;
            j--;
            if (j >= 0 && s.charAt(j) == '\\') {
                j--;
            }
        }
        int keyEnd = j + 1;
        while (j >= 0 && keyEnd - j <= MAX_KEY && isKeyChar(s.charAt(j))) {
            j--;
        }
        int keyStart = j + 1;
        if (keyStart >= keyEnd || !hasLetter(s, keyStart, keyEnd) || isPathOrCall(s, keyStart)) {
            return null;
        }
        String name = s.substring(keyStart, keyEnd);
        if (!quoted && s.charAt(sep) == ':' && keyStart >= 2 && s.charAt(keyStart - 1) == ' '
                && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(s.charAt(keyStart - 2) == ' ' ? 'a'
                : firstOfWordBefore(s, keyStart - 1)) && isLetters(name)) {
            int w = keyStart - 2;
            while (w >= 0 && Character.isLetter(s.charAt(w)) && keyStart - 2 - w < 24) {
                w--;
            }
            if (w + 1 < keyStart - 1 && (w < 0 || !isKeyChar(s.charAt(w)))) {
                String two = s.substring(w + 1, keyStart - 1) + " " + name;
                KeyClass twoWords = classify(two.replace(' ', '_'));
                if (twoWords != KeyClass.NONE) {
                    return new Key(two, twoWords, false);
                }
            }
        }
        if (needsParent(name)) {
            return new Key(name, KeyNames.classify(name, JsonParents.keyOfEnclosingObject(s, keyStart)), quoted);
        }
        return new Key(name, classify(name), quoted, keyStart);
    }

    /** {@code <Data Name="TargetUserName">} or {@code <Computer>}, for the {@code >} at {@code sep}. */
    private Key xmlKey(String s, int sep) {
        int j = sep - 1;
        if (s.charAt(j) == '"' || s.charAt(j) == '\'') {
            int open = s.lastIndexOf("Name=", j - 1);
            if (open < 0 || j - open > MAX_KEY + 6) {
                return null;
            }
            String name = s.substring(open + 6, j);
            return isKeyName(name) ? new Key(name, classify(name), true) : null;
        }
        int k = j;
        while (k >= 0 && sep - k <= MAX_KEY && Character.isLetterOrDigit(s.charAt(k))) {
            k--;
        }
        if (k < 0 || s.charAt(k) != '<' || k == j) {
            return null;
        }
        String name = s.substring(k + 1, sep);
        return new Key(name, classify(name), true);
    }

    private static long xmlValue(String s, int v) {
        int end = s.indexOf('<', v);
        if (end <= v || end - v > MAX_QUOTED) {
            return -1;
        }
        return ((long) v << 32) | end;
    }

    private static void report(String s, int start, int end, KeyClass kind, String key, Sink sink) {
        String value = s.substring(start, end);
        switch (kind) {
            case USER -> {
                if (!value.regionMatches(true, 0, "system:", 0, 7)) {
                    NameSpans.user(s, start, end, sink);
                }
            }
            case HOST -> NameSpans.host(s, start, end, sink, false);
            case DOTTED_HOST -> NameSpans.host(s, start, end, sink, true);
            case DOMAIN -> NameSpans.domain(s, start, end, sink);
            case CONTAINER -> ContainerIds.report(s, start, end, sink);
            case PASSWORD -> {
                if (SecretValues.isPassword(value, key)) {
                    sink.add(start, end, SecretKind.PASSWORD);
                }
            }
            case SECRET -> {
                if (SecretValues.isSecret(value)) {
                    sink.add(start, end, SecretValues.kindForKey(key));
                }
            }
            case SECRET_IF_RANDOM -> {
                if (SecretValues.isSecret(value) && Entropy.looksRandom(value, 16)) {
                    sink.add(start, end, SecretKind.SECRET);
                }
            }
            case RULE -> sink.add(start, end, KeepKind.KEEP);
            case NONE -> {
            }
        }
    }

    private static final java.util.Set<String> FIRST_OF_TWO = java.util.Set.of("local", "network", "anonymous", "nt",
            "window", "font", "iis");

    /** Windows' two-word names, {@code NETWORK SERVICE}, {@code NT AUTHORITY}, {@code Window Manager}: one value. */
    private static int twoWordName(String s, int start, int end) {
        if (end + 1 >= s.length() || s.charAt(end) != ' '
                || !FIRST_OF_TWO.contains(s.substring(start, end).toLowerCase(Locale.ROOT))) {
            return end;
        }
        int next = end + 1;
        while (next < s.length() && Character.isLetter(s.charAt(next))) {
            next++;
        }
        return next > end + 1 ? next : end;
    }

    /** {@code /etc/passwd: denied} and {@code pam_unix(passwd:chauthtok)} are a path and a call, not pairs. */
    private static boolean isPathOrCall(String s, int keyStart) {
        if (keyStart == 0) {
            return false;
        }
        char c = s.charAt(keyStart - 1);
        return c == '/' || c == '\\' || c == '(' || c == '~';
    }

    private static boolean needsParent(String key) {
        return key.equalsIgnoreCase("name") || key.equalsIgnoreCase("id") || key.equalsIgnoreCase("description")
                || key.equalsIgnoreCase("title") || key.equalsIgnoreCase("full_id");
    }

    private static boolean isKeyChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '_' || c == '.' || c == '-' || c == '@' || c == '$';
    }

    private static boolean isKeyName(String name) {
        if (name.isEmpty() || name.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isKeyChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first letter of the word that ends just before {@code space}. */
    private static char firstOfWordBefore(String s, int space) {
        int w = space - 1;
        while (w > 0 && Character.isLetter(s.charAt(w - 1)) && space - w < 24) {
            w--;
        }
        return w >= 0 ? s.charAt(w) : 'a';
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
