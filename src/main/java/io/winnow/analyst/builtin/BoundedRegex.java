package io.winnow.analyst.builtin;

import java.util.regex.Pattern;

/**
 * A regex run with a work budget, so that no pattern (ours or a user's) can spend unbounded time on hostile alert
 * text. The budget counts characters read by the regex engine, not time, so the outcome is the same on every run
 * and every machine: a search that runs out of budget counts as no match. Inputs are also cut to
 * {@value #MAX_INPUT} characters.
 */
final class BoundedRegex {
    /** Longest piece of text a regex is run on. */
    static final int MAX_INPUT = 4_096;
    /** Characters the engine may read in one search before it is given up. */
    static final int BUDGET = 400_000;

    private BoundedRegex() {
    }

    /** Whether {@code regex} is found in {@code text} within the budget. */
    static boolean find(Pattern regex, String text) {
        CharSequence input = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        try {
            return regex.matcher(new Metered(input)).find();
        } catch (BudgetExceeded e) {
            return false;
        }
    }

    /** Thrown inside the regex engine to abandon a search; never escapes this class. */
    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** Text that counts how often it is read. */
    private static final class Metered implements CharSequence {
        private final CharSequence text;
        private int reads;

        Metered(CharSequence text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++reads > BUDGET) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
