package io.winnow.analyst.builtin;

import java.util.List;

/**
 * One or more behaviour pattern files are invalid. {@link #problems()} lists every problem found, one per line as
 * {@code file:pattern-id:problem}, so that a user can fix a file in one go. Thrown at start-up, never per alert.
 * Messages quote pattern files, which are configuration, never alert text.
 */
public final class PatternFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public PatternFileException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in behaviour pattern files:\n"
                + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, as {@code file:pattern-id:problem}. */
    public List<String> problems() {
        return problems;
    }
}
