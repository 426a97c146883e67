package io.winnow.alert;

import java.util.Objects;

/**
 * An ATT&CK reference that the source itself attached to the alert (a Falco tag, Wazuh {@code rule.mitre}).
 * Hints are unverified: grounding checks them against the catalog.
 *
 * @param kind   whether {@code value} names a technique or a tactic
 * @param value  a technique ID such as {@code T1555} or {@code T1059.004}, or a tactic short name such as
 *               {@code credential-access}
 * @param origin where the hint came from, for example {@code falco.tags} or {@code rule.mitre.id}
 */
public record AttackHint(Kind kind, String value, String origin) {
    public enum Kind { TECHNIQUE, TACTIC }

    public AttackHint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
