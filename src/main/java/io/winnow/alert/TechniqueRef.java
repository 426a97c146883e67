package io.winnow.alert;

import java.util.List;
import java.util.Objects;

/**
 * An ATT&CK technique as it appears in a grounded analysis: checked against the catalog, never invented.
 *
 * @param id      technique or sub-technique ID, for example {@code T1059.004}
 * @param name    the catalog's name for it
 * @param tactics tactic short names from the catalog, for example {@code execution}
 * @param source  where the mapping came from: {@code alert-tag}, {@code behavior}, {@code rule}, {@code similarity}
 *                or {@code llm}
 */
public record TechniqueRef(String id, String name, List<String> tactics, String source) {
    public TechniqueRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        tactics = List.copyOf(tactics);
    }
}
