package io.winnow.ingest;

/** The size limits intake enforces on hostile input; each one is reported as a field error when exceeded. */
final class IntakeLimits {
    /** Longest accepted string anywhere, and longest message, in characters. */
    static final int MAX_STRING = 65_536;
    /** Deepest accepted nesting of JSON objects and arrays, the top-level object counting as one. */
    static final int MAX_DEPTH = 32;
    /** Most fields one alert may carry in {@code Alert.fields} (output_fields, flattened data, structured data). */
    static final int MAX_FIELDS = 512;
    /** Longest accepted JSON property name, in characters. */
    static final int MAX_NAME = 1_024;

    static final String TOO_LONG = "too long (max " + MAX_STRING + " characters)";
    static final String TOO_DEEP = "nesting too deep (max " + MAX_DEPTH + " levels)";
    static final String TOO_MANY_FIELDS = "too many fields (max " + MAX_FIELDS + ")";
    static final String HAS_NUL = "must not contain NUL characters";

    private IntakeLimits() {
    }
}
