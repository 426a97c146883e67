package io.winnow.mask;

/**
 * Values replaced by numbered tokens such as {@code [EXTERNAL-IP-1]}, which the {@link MaskMap} can restore. Add a
 * constant here for each new kind of value a detector finds.
 */
enum TokenKind implements MaskKind {
    INTERNAL_IP("INTERNAL-IP", false),
    EXTERNAL_IP("EXTERNAL-IP", false),
    EMAIL("EMAIL", false),
    CONTAINER("CONTAINER", true),
    /** Text in the alert that already looks like one of our tokens: masking it keeps unmasking exact. */
    LITERAL("LITERAL", false);

    private final String label;
    private final boolean propagates;

    TokenKind(String label, boolean propagates) {
        this.label = label;
        this.propagates = propagates;
    }

    /** The token's stem: {@code [<label>-<n>]}. */
    String label() {
        return label;
    }

    /**
     * Whether a value found in one place is also masked wherever it recurs in the alert. Kinds that are only
     * recognised from context (a container ID is plain hex) need it; kinds recognised by shape are found anyway.
     */
    boolean propagates() {
        return propagates;
    }
}
