package io.winnow.mask;

/**
 * Values replaced by numbered tokens such as {@code [EXTERNAL-IP-1]}, which the {@link MaskMap} can restore. Add a
 * constant here for each new kind of value a detector finds.
 */
enum TokenKind implements MaskKind {
    INTERNAL_IP("INTERNAL-IP", MaskCategory.IPS, false),
    EXTERNAL_IP("EXTERNAL-IP", MaskCategory.IPS, false),
    /** A cloud instance-metadata endpoint (169.254.169.254 and its kin): the same on every instance. */
    METADATA_IP("METADATA-IP", MaskCategory.IPS, false),
    EMAIL("EMAIL", MaskCategory.EMAILS, false),
    MAC("MAC", MaskCategory.MACS, false),
    CONTAINER("CONTAINER", MaskCategory.CONTAINERS, true),
    USER("USER", MaskCategory.USERS, true),
    HOST("HOST", MaskCategory.HOSTS, true),
    /** A term of {@code mask.deny}: always masked, whatever the level and switches say. */
    TERM("TERM", null, false);

    private final String label;
    private final MaskCategory category;
    private final boolean propagates;

    TokenKind(String label, MaskCategory category, boolean propagates) {
        this.label = label;
        this.category = category;
        this.propagates = propagates;
    }

    /** The token's stem: {@code [<label>-<n>]}. */
    String label() {
        return label;
    }

    /** The switch that turns this kind off, or null when nothing does. */
    MaskCategory category() {
        return category;
    }

    /** How the kind is named in counts: the label in lower case with underscores, {@code internal_ip}. */
    String countName() {
        return label.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /**
     * Whether a value found in one place is also masked wherever it recurs in the alert. Kinds that are only
     * recognised from context (a user name is a plain word) need it; kinds recognised by shape are found anyway.
     */
    boolean propagates() {
        return propagates;
    }
}
