package io.winnow.analyst.builtin.similarity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.winnow.attack.AttackCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our own words and short phrases per technique, as they show up in real logs ({@code T1003.008 → /etc/shadow,
 * unshadow}), read from {@code analyst/similarity/technique-keywords.yaml}. Immutable.
 *
 * @param byId keywords by technique ID as written in the file, in file order
 */
record TechniqueKeywords(Map<String, List<String>> byId) {
    static final String RESOURCE = "/analyst/similarity/technique-keywords.yaml";
    private static final int MAX_KEYWORD = 80;

    TechniqueKeywords {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byId.forEach((id, words) -> copy.put(id, List.copyOf(words)));
        byId = java.util.Collections.unmodifiableMap(copy);
    }

    /** The bundled keywords; every entry is checked, and all problems are reported at once. */
    static TechniqueKeywords bundled() {
        try (InputStream in = TechniqueKeywords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("similarity data missing from the jar: " + RESOURCE);
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read similarity data " + RESOURCE, e);
        }
    }

    static TechniqueKeywords parse(InputStream in, String name) throws IOException {
        Map<String, List<String>> raw = new ObjectMapper(new YAMLFactory())
                .readValue(in, new TypeReference<LinkedHashMap<String, List<String>>>() { });
        List<String> problems = new ArrayList<>();
        raw.forEach((id, words) -> {
            if (!id.matches("T\\d{4}(\\.\\d{3})?")) {
                problems.add(id + ": not a technique ID");
            }
            if (words == null || words.isEmpty()) {
                problems.add(id + ": no keywords");
                return;
            }
            for (String w : words) {
                if (w == null || w.isBlank() || w.length() > MAX_KEYWORD || Terms.of(w).isEmpty()) {
                    problems.add(id + ": keyword '" + w + "' is empty, too long or has no word in it");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " has " + problems.size() + " problem(s): "
                    + String.join("; ", problems));
        }
        return new TechniqueKeywords(raw);
    }

    /**
     * The keywords by active technique ID of this catalog: revoked IDs follow their replacement, IDs the catalog does
     * not know are left out and listed in {@code unknown}.
     */
    Resolved resolve(AttackCatalog catalog) {
        Map<String, List<String>> active = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        byId.forEach((id, words) -> catalog.resolve(id).resolved().ifPresentOrElse(
                t -> merge(active, t.id(), words), () -> unknown.add(id)));
        return new Resolved(active, unknown);
    }

    private static void merge(Map<String, List<String>> into, String id, List<String> words) {
        into.merge(id, words, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
    }

    /**
     * Keywords resolved against one catalog.
     *
     * @param byActiveId keywords by active technique ID, ordered by ID
     * @param unknown    IDs of the file that the catalog does not know
     */
    record Resolved(Map<String, List<String>> byActiveId, List<String> unknown) {
        Resolved {
            byActiveId = Map.copyOf(byActiveId);
            unknown = List.copyOf(unknown);
        }
    }
}
