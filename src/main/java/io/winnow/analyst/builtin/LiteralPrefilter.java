package io.winnow.analyst.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cheap necessary condition for a case-insensitive regex: a set of literals, one of which every match must
 * contain. For each top-level alternative it takes the longest run of literal characters, or, when a required group
 * of alternatives ({@code \b(StopLogging|DeleteTrail)\b}) gives longer ones, one literal per alternative of that
 * group. If the lower-cased text contains none of them, the regex cannot match and need not run. Regexes with an
 * alternative that has no literal of at least {@value #MIN_LITERAL} characters get no prefilter.
 */
final class LiteralPrefilter {
    static final int MIN_LITERAL = 2;
    private static final int MAX_DEPTH = 3;

    private final List<String> literals;

    private LiteralPrefilter(List<String> literals) {
        this.literals = List.copyOf(literals);
    }

    /** The prefilter for a regex, or empty when some alternative has no usable literal. */
    static Optional<LiteralPrefilter> of(String regex) {
        List<String> literals = alternatives(regex, 0);
        return literals == null || literals.isEmpty() ? Optional.empty()
                : Optional.of(new LiteralPrefilter(literals.stream().distinct().toList()));
    }

    /**
     * The top-level alternatives of a regex, each with the literals one of which its matches contain (null when it
     * has none). A regex matches a text exactly when one of its alternatives does, so each can be run alone, and
     * only where its own literals occur.
     */
    static List<Alternative> alternativesOf(String regex) {
        List<Alternative> out = new ArrayList<>();
        for (String branch : topLevelBranches(regex)) {
            out.add(new Alternative(branch, branchLiterals(branch, 0)));
        }
        return out;
    }

    /** One top-level alternative of a regex and its literals, or null literals when it has none. */
    record Alternative(String regex, List<String> literals) {
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

    /** Literals one of which every match of {@code regex} contains, or null when there are none. */
    private static List<String> alternatives(String regex, int depth) {
        List<String> all = new ArrayList<>();
        for (String branch : topLevelBranches(regex)) {
            List<String> literals = branchLiterals(branch, depth);
            if (literals == null) {
                return null;
            }
            all.addAll(literals);
        }
        return all;
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

    /**
     * The best literals of one branch: its longest literal run, or the literals of a required group of alternatives
     * when their shortest is longer; null when neither reaches {@value #MIN_LITERAL} characters.
     */
    private static List<String> branchLiterals(String branch, int depth) {
        String bestRun = "";
        List<String> bestGroup = null;
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            String literal = null;
            int next = i + 1;
            if (c == '\\' && i + 1 < branch.length()) {
                char e = branch.charAt(i + 1);
                literal = Character.isLetterOrDigit(e) ? null : String.valueOf(e);
                next = Character.isLetterOrDigit(e) ? escapeEnd(branch, i + 1) : i + 2;
            } else if (Character.isLetterOrDigit(c) || " =:/_-;,'\"@<>!%&~#".indexOf(c) >= 0) {
                literal = String.valueOf(c);
            }
            if (literal != null && next < branch.length() && "?*{".indexOf(branch.charAt(next)) >= 0) {
                literal = null;
            }
            if (literal != null) {
                run.append(literal);
                i = next;
                continue;
            }
            bestRun = run.length() > bestRun.length() ? run.toString() : bestRun;
            run.setLength(0);
            int end = skipConstruct(branch, i, next);
            if (c == '(' && depth < MAX_DEPTH && required(branch, end)) {
                List<String> group = alternatives(groupBody(branch.substring(i, end)), depth + 1);
                if (group != null && shortest(group) > shortest(bestGroup)) {
                    bestGroup = group;
                }
            }
            i = end;
        }
        bestRun = run.length() > bestRun.length() ? run.toString() : bestRun;
        String single = bestRun.toLowerCase(Locale.ROOT);
        if (bestGroup != null && shortest(bestGroup) > single.length()) {
            return shortest(bestGroup) >= MIN_LITERAL ? bestGroup : null;
        }
        return single.length() >= MIN_LITERAL ? List.of(single) : null;
    }

    /** The end of an escape whose letter is at {@code at}: {@code \\u0041}, {@code \\x41}, {@code \\p{L}}, {@code \\cA} … */
    private static int escapeEnd(String branch, int at) {
        char e = branch.charAt(at);
        int end = switch (e) {
            case 'u' -> at + 5;
            case 'x' -> at + 1 < branch.length() && branch.charAt(at + 1) == '{' ? branch.indexOf('}', at) + 1 : at + 3;
            case 'p', 'P', 'N' -> at + 1 < branch.length() && branch.charAt(at + 1) == '{'
                    ? branch.indexOf('}', at) + 1 : at + 2;
            case 'k' -> branch.indexOf('>', at) + 1;
            case 'c' -> at + 2;
            case '0' -> {
                int j = at + 1;
                while (j < branch.length() && j < at + 4 && branch.charAt(j) >= '0' && branch.charAt(j) <= '7') {
                    j++;
                }
                yield j;
            }
            default -> at + 1;
        };
        return end <= at ? branch.length() : Math.min(end, branch.length());
    }

    private static int shortest(List<String> literals) {
        return literals == null ? 0 : literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /** Whether the construct ending before {@code end} must match at least once (no ?, * or {0 after it). */
    private static boolean required(String branch, int end) {
        if (end >= branch.length()) {
            return true;
        }
        char q = branch.charAt(end);
        return q != '?' && q != '*' && !(q == '{' && branch.startsWith("{0", end));
    }

    /** The inside of {@code (…)} without its flags; empty for look-arounds, which match no text. */
    private static String groupBody(String group) {
        String body = group.substring(1, group.length() - 1);
        if (body.startsWith("?=") || body.startsWith("?!") || body.startsWith("?<=") || body.startsWith("?<!")) {
            return "";
        }
        if (body.startsWith("?")) {
            int colon = body.indexOf(':');
            int close = body.indexOf(')');
            boolean flagsOnly = colon < 0 || (close >= 0 && close < colon);
            return flagsOnly ? "" : body.substring(colon + 1);
        }
        return body;
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
        boolean inClass = false;
        for (int j = i; j < branch.length(); j++) {
            char d = branch.charAt(j);
            if (d == '\\') {
                j++;
            } else if (c == '[' && d == ']' && j > i) {
                return j + 1;
            } else if (c == '(' && inClass) {
                inClass = d != ']';
            } else if (c == '(' && d == '[') {
                inClass = true;
            } else if (c == '(' && d == '(') {
                depth++;
            } else if (c == '(' && d == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return branch.length();
    }
}
