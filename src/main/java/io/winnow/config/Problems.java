package io.winnow.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every configuration problem so that all are reported at once. */
final class Problems {
    private static final int MAX_ECHO = 80;

    private final List<String> found = new ArrayList<>();

    void add(String problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ConfigException(found);
        }
    }

    /** A name taken from the input made safe to echo: no control characters, bounded length. */
    static String clean(String text) {
        String printable = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= MAX_ECHO ? printable : printable.substring(0, MAX_ECHO) + "…";
    }
}
