package io.winnow.analyst.builtin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;

/**
 * An Aho–Corasick automaton over lower-case ASCII literals: one pass over a text tells which literals occur in it,
 * however many there are. It lets hundreds of patterns share one scan instead of one {@code contains} each.
 * Characters outside ASCII move the automaton back to its start, so literals must be ASCII.
 */
final class LiteralAutomaton {
    private static final int ALPHABET = 128;

    /** The full transition table, one row of {@value #ALPHABET} entries per state, in one array for speed. */
    private final int[] next;
    private final int[][] outputs;
    private final int literalCount;

    private LiteralAutomaton(int[][] rows, int[][] outputs, int literalCount) {
        this.next = new int[rows.length * ALPHABET];
        for (int s = 0; s < rows.length; s++) {
            System.arraycopy(rows[s], 0, next, s * ALPHABET, ALPHABET);
        }
        this.outputs = outputs;
        this.literalCount = literalCount;
    }

    /** Whether a literal can go into an automaton: non-empty, lower-case ASCII. */
    static boolean accepts(String literal) {
        if (literal.isEmpty()) {
            return false;
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c >= ALPHABET || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Builds the automaton; literal {@code i} is reported as {@code i}. */
    static LiteralAutomaton of(List<String> literals) {
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(newRow());
        out.add(new ArrayList<>());
        for (int id = 0; id < literals.size(); id++) {
            int state = 0;
            for (char c : literals.get(id).toCharArray()) {
                if (trie.get(state)[c] < 0) {
                    trie.get(state)[c] = trie.size();
                    trie.add(newRow());
                    out.add(new ArrayList<>());
                }
                state = trie.get(state)[c];
            }
            out.get(state).add(id);
        }
        int[][] next = trie.toArray(new int[0][]);
        link(next, out);
        int[][] outputs = new int[out.size()][];
        for (int s = 0; s < outputs.length; s++) {
            outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        return new LiteralAutomaton(next, outputs, literals.size());
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** Breadth-first: failure links, merged outputs, and a full transition table (no failure walks at scan time). */
    private static void link(int[][] next, List<List<Integer>> out) {
        int[] fail = new int[next.length];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            if (next[0][c] < 0) {
                next[0][c] = 0;
            } else {
                fail[next[0][c]] = 0;
                queue.add(next[0][c]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            out.get(state).addAll(out.get(fail[state]));
            for (int c = 0; c < ALPHABET; c++) {
                int child = next[state][c];
                if (child < 0) {
                    next[state][c] = next[fail[state]][c];
                } else {
                    fail[child] = next[fail[state]][c];
                    queue.add(child);
                }
            }
        }
    }

    /** The literals found in {@code lowerCaseText}, set in {@code found} by their IDs. */
    void scan(String lowerCaseText, BitSet found) {
        int state = 0;
        for (int i = 0; i < lowerCaseText.length(); i++) {
            char c = lowerCaseText.charAt(i);
            state = c < ALPHABET ? next[state * ALPHABET + c] : 0;
            int[] out = outputs[state];
            for (int k = 0; k < out.length; k++) {
                found.set(out[k]);
            }
        }
    }

    int literalCount() {
        return literalCount;
    }
}
