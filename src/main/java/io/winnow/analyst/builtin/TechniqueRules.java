package io.winnow.analyst.builtin;

import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Resolution;
import io.winnow.attack.Technique;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What pattern files may say about ATT&CK: only active technique IDs, and tactics those techniques serve. */
final class TechniqueRules {
    private static final Pattern TECHNIQUE_ID = Pattern.compile("T\\d{4}(\\.\\d{3})?");

    private final AttackCatalog catalog;

    TechniqueRules(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    /** The problem with a technique ID, or empty when it is an active technique of the catalog. */
    Optional<String> check(String id) {
        if (!TECHNIQUE_ID.matcher(id).matches()) {
            return Optional.of("technique '" + clip(id) + "' is not an ID like T1059 or T1059.004");
        }
        return switch (catalog.resolve(id)) {
            case Resolution.Active a -> Optional.empty();
            case Resolution.Upgraded u -> Optional.of("technique " + id + " is revoked in " + catalog.version()
                    + "; use " + u.technique().id());
            case Resolution.Deprecated d -> Optional.of("technique " + id + " is deprecated in " + catalog.version());
            case Resolution.Unknown u -> Optional.of("technique " + id + " is not in " + catalog.version());
        };
    }

    /** The problem with a tactic, or empty when it is a tactic of one of the techniques. */
    Optional<String> checkTactic(String tactic, List<String> techniqueIds) {
        if (catalog.tactic(tactic).filter(t -> t.shortname().equals(tactic)).isEmpty()) {
            return Optional.of("tactic '" + clip(tactic) + "' is not an ATT&CK tactic short name such as "
                    + "credential-access");
        }
        boolean served = techniqueIds.stream().map(catalog::technique).flatMap(Optional::stream)
                .map(Technique::tactics).anyMatch(t -> t.contains(tactic));
        return served || techniqueIds.isEmpty() ? Optional.empty()
                : Optional.of("tactic " + tactic + " is not a tactic of any of its techniques");
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
