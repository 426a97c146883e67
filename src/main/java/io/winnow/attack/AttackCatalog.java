package io.winnow.attack;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The pinned MITRE ATT&CK Enterprise catalog: techniques, tactics and what replaced retired IDs. Immutable and
 * thread-safe once built; build it once at start-up and share it.
 *
 * <p>The bundled data is Enterprise v18.1 (facts only: IDs, names, tactics, platforms), shipped with MITRE's
 * licence under {@code attack/} on the class path. A newer release can be loaded from a STIX 2.x bundle.
 */
public final class AttackCatalog {
    private static final Pattern TECHNIQUE_ID = Pattern.compile("T\\d{4}(?:\\.\\d{3})?");
    private static final int MAX_ECHO = 32;

    private final String version;
    private final Map<String, Technique> techniquesById;
    private final Map<String, String> revokedBy;
    private final Set<String> deprecated;
    private final Map<String, Technique> byName;
    private final List<Tactic> tactics;
    private final Map<String, Tactic> tacticsByKey;

    AttackCatalog(CatalogContent content) {
        this.version = content.version();
        // plain loops and a TreeMap rather than streams: this runs at start-up, before lambdas are warm
        Map<String, Technique> byId = new TreeMap<>();
        for (Technique t : content.techniques()) {
            byId.put(t.id(), t);
        }
        this.techniquesById = Collections.unmodifiableMap(byId);
        this.revokedBy = content.revokedBy();
        this.deprecated = content.deprecated();
        this.byName = indexNames(byId);
        this.tactics = content.tactics();
        this.tacticsByKey = indexTactics(content.tactics());
    }

    /** The catalog shipped with Winnow (ATT&CK Enterprise v18.1). Reads class-path resources only. */
    public static AttackCatalog bundled() {
        return new AttackCatalog(BundledCatalogReader.read());
    }

    /**
     * A catalog read from a STIX 2.x bundle that the user supplies, such as MITRE's {@code enterprise-attack.json}.
     *
     * @throws AttackCatalogException if the file is missing, unreadable, not a STIX bundle, or has no techniques
     */
    public static AttackCatalog fromStixBundle(Path bundle) {
        return new AttackCatalog(new StixBundleReader(bundle).read());
    }

    /** The release, for example {@code enterprise-attack 18.1}. */
    public String version() {
        return version;
    }

    /**
     * What the catalog says about a technique ID. The ID is trimmed and upper-cased first; revoked IDs are followed
     * to their active replacement. Never null; a null or malformed ID is {@link Resolution.Unknown}, whose
     * {@code requestedId} is cut to 32 characters.
     */
    public Resolution resolve(String id) {
        String wanted = id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
        if (!TECHNIQUE_ID.matcher(wanted).matches()) {
            // model output is untrusted: keep a bounded excerpt, enough to report, never a megabyte of junk
            return new Resolution.Unknown(wanted.length() <= MAX_ECHO ? wanted : wanted.substring(0, MAX_ECHO) + "…");
        }
        Technique active = techniquesById.get(wanted);
        if (active != null) {
            return new Resolution.Active(active);
        }
        String current = wanted;
        Set<String> seen = new HashSet<>();
        while (revokedBy.containsKey(current) && seen.add(current)) {
            current = revokedBy.get(current);
            Technique replacement = techniquesById.get(current);
            if (replacement != null) {
                return new Resolution.Upgraded(wanted, replacement);
            }
        }
        if (deprecated.contains(current) || revokedBy.containsKey(wanted)) {
            return new Resolution.Deprecated(wanted);
        }
        return new Resolution.Unknown(wanted);
    }

    /** An active technique by its exact ID (trimmed, any case). Revoked and deprecated IDs give empty. */
    public Optional<Technique> technique(String id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(techniquesById.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * An active technique by name, ignoring case and runs of spaces. A sub-technique is found by its
     * {@code Parent: Sub} name, and by its own name when no other technique has that name (names such as
     * {@code Cloud Accounts} recur under several parents and need the parent).
     */
    public Optional<Technique> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(nameKey(name)));
    }

    /** The name to show: the catalog name for a technique, {@code Parent: Sub} for a sub-technique. */
    public String displayName(Technique technique) {
        if (!technique.subtechnique()) {
            return technique.name();
        }
        Technique parent = techniquesById.get(technique.parentId());
        return parent == null ? technique.name() : parent.name() + ": " + technique.name();
    }

    /** The tactics in matrix order, left to right. */
    public List<Tactic> tactics() {
        return tactics;
    }

    /** A tactic by short name ({@code credential-access}), TA ID ({@code TA0006}) or name, ignoring case. */
    public Optional<Tactic> tactic(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(tacticsByKey.get(nameKey(key)));
    }

    /** Every active technique and sub-technique, ordered by ID. */
    public Collection<Technique> techniques() {
        return techniquesById.values();
    }

    private static Map<String, Technique> indexNames(Map<String, Technique> byId) {
        Map<String, Technique> index = new HashMap<>();
        Map<String, Integer> subNameCounts = new HashMap<>();
        for (Technique t : byId.values()) {
            if (t.subtechnique()) {
                String key = nameKey(t.name());
                subNameCounts.put(key, subNameCounts.getOrDefault(key, 0) + 1);
            }
        }
        for (Technique t : byId.values()) {
            if (!t.subtechnique()) {
                index.put(nameKey(t.name()), t);
            }
        }
        for (Technique t : byId.values()) {
            if (!t.subtechnique()) {
                continue;
            }
            Technique parent = byId.get(t.parentId());
            if (parent != null) {
                index.putIfAbsent(nameKey(parent.name() + ": " + t.name()), t);
            }
            if (subNameCounts.get(nameKey(t.name())) == 1) {
                index.putIfAbsent(nameKey(t.name()), t);
            }
        }
        return Map.copyOf(index);
    }

    private static Map<String, Tactic> indexTactics(List<Tactic> tactics) {
        Map<String, Tactic> index = new HashMap<>();
        for (Tactic t : tactics) {
            index.putIfAbsent(nameKey(t.shortname()), t);
            index.putIfAbsent(nameKey(t.id()), t);
            index.putIfAbsent(nameKey(t.name()), t);
        }
        return Map.copyOf(index);
    }

    /** Lower case, one space between words, and {@code ": "} around a colon, so users needn't match spacing. */
    private static String nameKey(String s) {
        StringBuilder key = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else if (c == ':') {
                key.append(':');
                space = true;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    @Override
    public String toString() {
        return "AttackCatalog[" + version + ", " + techniquesById.size() + " techniques, " + tactics.size()
                + " tactics]";
    }
}
