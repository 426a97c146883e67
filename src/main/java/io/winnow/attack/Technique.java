package io.winnow.attack;

import java.util.List;
import java.util.Objects;

/**
 * An active ATT&CK technique or sub-technique from the catalog.
 *
 * @param id           the ATT&CK ID, for example {@code T1059} or {@code T1059.004}; never null
 * @param name         the catalog's own name; for a sub-technique only its own part (for example {@code Unix Shell}),
 *                     see {@link AttackCatalog#displayName(Technique)} for the {@code Parent: Sub} form; never null
 * @param tactics      tactic short names such as {@code execution}, in the catalog's order; never null
 * @param platforms    platforms such as {@code Linux} or {@code Windows}, as the catalog spells them; never null
 * @param subtechnique whether this is a sub-technique
 * @param parentId     the parent technique's ID for a sub-technique, null for a top-level technique
 */
public record Technique(String id, String name, List<String> tactics, List<String> platforms, boolean subtechnique,
                        String parentId) {
    public Technique {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        tactics = List.copyOf(tactics);
        platforms = List.copyOf(platforms);
        if (subtechnique && parentId == null) {
            throw new IllegalArgumentException("sub-technique " + id + " has no parent");
        }
        if (!subtechnique && parentId != null) {
            throw new IllegalArgumentException("top-level technique " + id + " cannot have a parent");
        }
    }
}
