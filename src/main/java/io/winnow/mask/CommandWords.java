package io.winnow.mask;

import java.util.Locale;
import java.util.Set;

/** How {@link CommandLineDetector} reads single words: command names, options, assignments, glued prefixes. */
final class CommandWords {
    /** Names read besides those with a spec: prefixes, stdin readers and shells, as sorted hashes. */
    private static final int[] OTHER_HASHES = java.util.stream.Stream.of(CommandLineDetector.PREFIXES,
                    CommandLineDetector.STDIN_READERS, Set.of("bash", "sh", "zsh", "cmd.exe", "powershell", "pwsh"))
            .flatMap(Set::stream).mapToInt(String::hashCode).sorted().distinct().toArray();

    private CommandWords() {
    }

    /**
     * Whether some word of the (lower-cased) text ends in the name of a command this detector reads, compared by
     * hash without making strings: most lines name none and are not split into words at all.
     */
    static boolean namesACommand(String lower) {
        return firstCommand(lower) >= 0;
    }

    /** Where the first word that names a command this detector reads starts, or -1. */
    static int firstCommand(String lower) {
        int n = lower.length();
        int hash = 0;
        int length = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? lower.charAt(i) : ' ';
            if (Chars.isAsciiAlnum(c) || c == '-' || c == '_' || c == '.' || c == '!') {
                hash = 31 * hash + c;
                length++;
            } else {
                if (length >= 2 && length <= 32 && CommandSpec.isCommandHash(hash)) {
                    return i - length;
                }
                hash = 0;
                length = 0;
            }
        }
        return -1;
    }

    /**
     * Where a command glued to what precedes it starts: after the last quote, bracket, {@code =}, {@code :} or
     * comma of {@code "cmdline":"mysql} or {@code env="[mysql}; -1 when nothing is glued. A Windows path's drive
     * colon is kept.
     */
    static int lastGlue(String word, int from) {
        int at = -1;
        for (int i = from; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '"' || c == '\'' || c == '=' || c == '[' || c == '(' || c == '{' || c == ',' || c == '`'
                    || (c == ':' && !(i == 1 && i + 1 < word.length() && word.charAt(i + 1) == '\\'))) {
                at = i;
            }
        }
        return at;
    }

    /**
     * The lower-case name of the command a word names from {@code from} on ({@code /usr/bin/MySQL} → mysql), or
     * null when it cannot name one: too long, or holding characters no command name has.
     */
    static String commandName(String word, int from) {
        int start = from;
        int end = word.length();
        if (end - start > 96) {
            return null;
        }
        for (int i = from; i < end; i++) {
            char c = word.charAt(i);
            if (c == '/' || c == '\\') {
                start = i + 1;
            }
        }
        if (end - start < 2 || end - start > 32) {
            return null;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            if (!(Chars.isAsciiAlnum(c) || c == '-' || c == '_' || c == '.' || c == '!')) {
                return null;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return CommandSpec.isCommandHash(hash) || java.util.Arrays.binarySearch(OTHER_HASHES, hash) >= 0
                ? word.substring(start, end).toLowerCase(Locale.ROOT) : null;
    }

    /** The index after {@code KEY=} when the word starts with an assignment, else -1. */
    static int assignmentEnd(String t) {
        int i = 0;
        while (i < t.length() && i < 64 && (Chars.isAsciiAlnum(t.charAt(i)) || t.charAt(i) == '_'
                || t.charAt(i) == '.')) {
            i++;
        }
        return i > 0 && i < t.length() && t.charAt(i) == '=' && Character.isLetter(t.charAt(0)) ? i + 1 : -1;
    }

    /** {@code -u}, {@code --user}, {@code --user=alice}, {@code -storepass}: dashes, then a short name. */
    static boolean isOption(String t) {
        if (t.length() < 2 || t.charAt(0) != '-') {
            return false;
        }
        if (t.charAt(1) != '-') {
            return Character.isLetter(t.charAt(1));
        }
        int i = 2;
        if (i >= t.length() || !Character.isLetter(t.charAt(i))) {
            return false;
        }
        int start = i;
        while (i < t.length() && t.charAt(i) != '=') {
            char c = t.charAt(i);
            if (!(Chars.isAsciiAlnum(c) || c == '-' || c == '_' || c == '.') || i - start > 40) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** {@code --api-token}, {@code -storepass}: dashes and a name only, no glued or assigned value. */
    static boolean isOptionName(String t) {
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Chars.isAsciiAlnum(c) || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return t.length() <= 42;
    }

    static String baseName(String word) {
        String name = commandName(word, 0);
        return name == null ? "" : name;
    }
}
