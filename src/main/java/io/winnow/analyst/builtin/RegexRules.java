package io.winnow.analyst.builtin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a pattern file's regex must satisfy: it compiles, it is not huge, and it has no quantified group that itself
 * contains a quantifier ({@code (a+)+}, {@code (\w+\s?)*}), the shape behind most catastrophic backtracking.
 * {@link BoundedRegex} bounds the rest at match time.
 */
final class RegexRules {
    static final int MAX_LENGTH = 1_000;

    private RegexRules() {
    }

    /** The compiled regex (case-insensitive), or the reason it is refused. */
    static Compiled compile(String regex) {
        if (regex.isEmpty()) {
            return new Compiled(null, "is empty");
        }
        if (regex.length() > MAX_LENGTH) {
            return new Compiled(null, "is longer than " + MAX_LENGTH + " characters");
        }
        if (hasNestedQuantifier(regex)) {
            return new Compiled(null, "has a repeated group that contains a repetition, which can take exponential "
                    + "time; rewrite it without the nesting");
        }
        try {
            return new Compiled(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), null);
        } catch (PatternSyntaxException e) {
            return new Compiled(null, "does not compile: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    /** A compiled regex, or the problem with it. */
    record Compiled(Pattern pattern, String problem) {
        Optional<String> failure() {
            return Optional.ofNullable(problem);
        }
    }

    /**
     * Whether a repeated group contains a repetition. Atomic groups {@code (?>…)} and possessive quantifiers
     * ({@code ++}, {@code *+}) cannot backtrack into themselves, so repetitions inside them do not count.
     */
    static boolean hasNestedQuantifier(String regex) {
        Deque<boolean[]> outer = new ArrayDeque<>();
        boolean current = false;
        boolean atomic = false;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                outer.push(new boolean[] {current, atomic});
                current = false;
                atomic = atomic || regex.startsWith("(?>", i);
            } else if (c == ')') {
                boolean inner = current;
                boolean[] saved = outer.isEmpty() ? new boolean[] {false, false} : outer.pop();
                current = saved[0];
                if (inner && !atomic && i + 1 < regex.length() && isRepeat(regex, i + 1)) {
                    return true;
                }
                atomic = saved[1];
                current |= inner && !atomic;
            } else if (isRepeat(regex, i)) {
                if (isPossessive(regex, i)) {
                    i = (regex.charAt(i) == '{' ? regex.indexOf('}', i) : i) + 1;
                } else if (!atomic) {
                    current = true;
                }
            }
        }
        return false;
    }

    private static boolean isPossessive(String regex, int i) {
        int end = regex.charAt(i) == '{' ? regex.indexOf('}', i) : i;
        return end >= 0 && end + 1 < regex.length() && regex.charAt(end + 1) == '+';
    }

    /** {@code *}, {@code +} or an open-ended or large {@code {n,m}} at {@code i}. */
    private static boolean isRepeat(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '*' || c == '+') {
            return true;
        }
        if (c != '{') {
            return false;
        }
        int close = regex.indexOf('}', i);
        if (close < 0) {
            return false;
        }
        String body = regex.substring(i + 1, close);
        if (!body.matches("\\d{1,4}(,\\d{0,4})?")) {
            return false;
        }
        int comma = body.indexOf(',');
        return comma >= 0 && (comma == body.length() - 1 || Integer.parseInt(body.substring(comma + 1)) > 1);
    }
}
