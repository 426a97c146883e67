package io.winnow.analyst.builtin;

/** What a pattern tells the analyst when it matches. */
enum PatternRole {
    /** A behaviour: its techniques are claimed with source {@code behavior}. */
    BEHAVIOR,
    /** A rule name that names a behaviour: its techniques are claimed with source {@code rule}. */
    RULE,
    /** Known-benign activity: it lowers the score and explains a false positive. */
    BENIGN
}
