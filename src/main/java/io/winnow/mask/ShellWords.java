package io.winnow.mask;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into shell-like words, with where each word's content starts and ends in the text: quotes are not
 * part of the content, {@code ; | && || <<<} stand alone as separators, and auditd's {@code a1="-u"} arguments are
 * read as the words they hold. Good enough to read command lines in logs; not a shell parser.
 */
final class ShellWords {
    private static final int MAX_WORDS = 512;

    /**
     * One word.
     *
     * @param start     its content's first char in the text
     * @param end       after its content's last char
     * @param text      the content
     * @param separator whether it separates commands ({@code ; | && ||}) rather than being an argument
     */
    record Word(int start, int end, String text, boolean separator) {
    }

    private ShellWords() {
    }

    static List<Word> split(String s) {
        return split(s, 0);
    }

    /** The words of {@code s} from {@code from} on, which must be at the start of a word or at whitespace. */
    static List<Word> split(String s, int from) {
        List<Word> words = new ArrayList<>();
        int n = s.length();
        int i = from;
        while (i < n && words.size() < MAX_WORDS) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ';' || c == '|' || c == '&') {
                int j = i + 1;
                while (j < n && j - i < 2 && (s.charAt(j) == c)) {
                    j++;
                }
                words.add(new Word(i, j, s.substring(i, j), true));
                i = j;
            } else {
                i = word(s, i, words);
            }
        }
        return words;
    }

    private static int word(String s, int i, List<Word> words) {
        int n = s.length();
        int start = i;
        if (isAuditArgument(s, i)) {
            start = s.indexOf('=', i) + 1;
            i = start;
        }
        char c = s.charAt(i);
        if ((c == '"' || c == '\'') && i + 1 < n) {
            int close = s.indexOf(c, i + 1);
            if (close > i) {
                words.add(new Word(i + 1, close, s.substring(i + 1, close), false));
                return close + 1;
            }
        }
        int j = i;
        while (j < n && !Character.isWhitespace(s.charAt(j)) && (j == i || !isSeparatorAt(s, j))) {
            j++;
        }
        int end = j;
        if (end > i && (s.charAt(end - 1) == '"' || s.charAt(end - 1) == '\'') && end - 1 > start) {
            end--;
        }
        if (end > i) {
            words.add(new Word(i, end, s.substring(i, end), false));
        }
        return Math.max(j, i + 1);
    }

    /** Separators, and a double quote: in JSON text a bare word ends where its string does. */
    private static boolean isSeparatorAt(String s, int j) {
        char c = s.charAt(j);
        return c == ';' || c == '|' || c == '"' || (c == '&' && j + 1 < s.length() && s.charAt(j + 1) == '&')
                || (c == '\\' && j + 1 < s.length() && s.charAt(j + 1) == '"');
    }

    /** {@code a0=}, {@code a12=}: auditd EXECVE's numbered arguments. */
    private static boolean isAuditArgument(String s, int i) {
        if (s.charAt(i) != 'a' || i + 2 >= s.length() || !Chars.isDigit(s.charAt(i + 1))) {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && Chars.isDigit(s.charAt(j)) && j - i < 5) {
            j++;
        }
        return j < s.length() - 1 && s.charAt(j) == '=' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)));
    }
}
