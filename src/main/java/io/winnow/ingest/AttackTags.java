package io.winnow.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises ATT&CK references in the spellings sources use: technique IDs ({@code T1555}, {@code t1059.004}),
 * Falco's {@code mitre_credential_access} tags and Wazuh's tactic names ({@code Credential Access}). Only the 14
 * Enterprise tactics count; anything else is left alone. The IDs are not checked against the catalog here:
 * grounding does that.
 */
final class AttackTags {
    private static final Pattern TECHNIQUE = Pattern.compile("[Tt]\\d{4}(?:\\.\\d{3})?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");
    private static final String FALCO_TACTIC_PREFIX = "mitre_";

    /** The 14 Enterprise tactics by short name. */
    static final Set<String> TACTICS = Set.of(
            "reconnaissance", "resource-development", "initial-access", "execution", "persistence",
            "privilege-escalation", "defense-evasion", "credential-access", "discovery", "lateral-movement",
            "collection", "command-and-control", "exfiltration", "impact");

    private AttackTags() {
    }

    /** The upper-cased technique ID when the whole text is one, such as {@code T1059.004}. */
    static Optional<String> technique(String text) {
        String candidate = text.strip();
        return TECHNIQUE.matcher(candidate).matches()
                ? Optional.of(candidate.toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    /** The tactic short name of a Falco {@code mitre_*} tag, when it names an Enterprise tactic. */
    static Optional<String> falcoTactic(String tag) {
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith(FALCO_TACTIC_PREFIX)) {
            return Optional.empty();
        }
        return tacticName(lower.substring(FALCO_TACTIC_PREFIX.length()));
    }

    /** The short name of a tactic given as {@code Credential Access}, {@code credential_access} or its short name. */
    static Optional<String> tacticName(String name) {
        String shortName = SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        return TACTICS.contains(shortName) ? Optional.of(shortName) : Optional.empty();
    }
}
