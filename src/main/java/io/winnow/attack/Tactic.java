package io.winnow.attack;

import java.util.Objects;

/**
 * An ATT&CK tactic: the adversary's goal that techniques serve.
 *
 * @param id        the TA ID, for example {@code TA0006}; never null
 * @param name      the display name, for example {@code Credential Access}; never null
 * @param shortname the short name used in technique tactic lists, for example {@code credential-access}; never null
 * @param order     the zero-based position in the matrix, left to right
 */
public record Tactic(String id, String name, String shortname, int order) {
    public Tactic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortname, "shortname");
    }
}
