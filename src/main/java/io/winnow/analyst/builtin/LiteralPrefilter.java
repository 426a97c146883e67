package io.winnow.analyst.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cheap necessary condition for a case-insensitive regex: for every top-level alternative, the longest literal run
 * that any match must contain. If the lower-cased text contains none of them, the regex cannot match and need not
 * run. Scanning text for a literal is an order of magnitude cheaper than running the regex at every position.
 * Patterns whose alternatives have no literal of at least {@value #MIN_LITERAL} characters get no prefilter.
 */
final class LiteralPrefilter {
    static final int MIN_LITERAL = 3;

    private final List<String> literals;

    private LiteralPrefilter(List<String> literals) {
        this.literals = List.copyOf(literals);
    }

    /** The prefilter for a regex, or empty when some alternative has no usable literal. */
    static Optional<LiteralPrefilter> of(String regex) {
        List<String> literals = new ArrayList<>();
        for (String branch : topLevelBranches(regex)) {
            String longest = longestLiteral(branch);
            if (longest.length() < MIN_LITERAL) {
                return Optional.empty();
            }
            literals.add(longest.toLowerCase(Locale.ROOT));
        }
        return literals.isEmpty() ? Optional.empty() : Optional.of(new LiteralPrefilter(literals));
    }

    /** Whether the regex might match; {@code lowerCaseText} must already be lower-cased with {@link Locale#ROOT}. */
    boolean mayMatch(String lowerCaseText) {
        for (String literal : literals) {
            if (lowerCaseText.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    List<String> literals() {
        return literals;
    }

    private static List<String> topLevelBranches(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int start = 0;
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
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        branches.add(regex.substring(start));
        return branches;
    }

    /** The longest run of literal characters outside groups and classes that every match of the branch contains. */
    private static String longestLiteral(String branch) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            String literal = null;
            int next = i + 1;
            if (c == '\\' && i + 1 < branch.length()) {
                char e = branch.charAt(i + 1);
                literal = Character.isLetterOrDigit(e) ? null : String.valueOf(e);
                next = i + 2;
            } else if (Character.isLetterOrDigit(c) || " =:/_-;,'\"@<>!%&~#".indexOf(c) >= 0) {
                literal = String.valueOf(c);
            }
            if (literal != null && next < branch.length() && "?*{".indexOf(branch.charAt(next)) >= 0) {
                literal = null;
            }
            if (literal == null) {
                best = run.length() > best.length() ? run.toString() : best;
                run.setLength(0);
                next = skipConstruct(branch, i, next);
            } else {
                run.append(literal);
            }
            i = next;
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    /** Skips a whole group or class starting at {@code i}, so nothing optional inside it is taken as required. */
    private static int skipConstruct(String branch, int i, int next) {
        char c = branch.charAt(i);
        if (c == '{') {
            int close = branch.indexOf('}', i);
            return close < 0 ? branch.length() : close + 1;
        }
        if (c != '(' && c != '[') {
            return next;
        }
        int depth = 0;
        for (int j = i; j < branch.length(); j++) {
            char d = branch.charAt(j);
            if (d == '\\') {
                j++;
            } else if (c == '[' && d == ']' && j > i) {
                return j + 1;
            } else if (c == '(' && d == '(') {
                depth++;
            } else if (c == '(' && d == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return branch.length();
    }
}
