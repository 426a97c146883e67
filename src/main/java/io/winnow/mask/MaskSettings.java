package io.winnow.mask;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the masker masks; the {@code mask.*} configuration, mapped by {@code App}.
 *
 * @param enabled            false masks nothing at all: the masked alert is the alert
 * @param level              how hard to look (see {@link MaskLevel}), never null
 * @param categories         the kinds switched on, never null; a kind is masked when it is here and the level covers it
 * @param keepSystemAccounts whether system accounts (root, daemon, www-data, SYSTEM, LOCAL SERVICE …) stay visible
 * @param allow              values never replaced by a token, compared without case (secrets are redacted anyway)
 * @param deny               extra terms always masked wherever they occur, compared without case: customer names
 *                           become {@code [TERM-n]}; a domain ({@code corp.example}) also masks every host under it
 */
public record MaskSettings(boolean enabled, MaskLevel level, Set<MaskCategory> categories, boolean keepSystemAccounts,
                           List<String> allow, List<String> deny) {
    public MaskSettings {
        Objects.requireNonNull(level, "level");
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
    }

    /** Masking on, at the standard level, every kind, system accounts kept, no allow or deny terms. */
    public static MaskSettings defaults() {
        return new MaskSettings(true, MaskLevel.STANDARD, EnumSet.allOf(MaskCategory.class), true, List.of(),
                List.of());
    }

    /** Whether values of {@code category} are masked at all. */
    public boolean masks(MaskCategory category) {
        return enabled && categories.contains(category);
    }
}
