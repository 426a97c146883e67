package io.winnow.analyst.builtin.similarity;

import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Technique;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rankers know about one technique: its display name and our keywords for it.
 *
 * @param techniqueId an active technique ID
 * @param name        the display name, {@code Parent: Sub} for a sub-technique
 * @param keywords    our keywords, possibly empty
 */
record Descriptor(String techniqueId, String name, List<String> keywords) {
    private static final int MAX_EMBEDDED_KEYWORDS = 24;

    Descriptor {
        keywords = List.copyOf(keywords);
    }

    /** One descriptor per active technique of the catalog, ordered by ID. */
    static List<Descriptor> of(AttackCatalog catalog, TechniqueKeywords.Resolved keywords) {
        List<Descriptor> all = new ArrayList<>();
        for (Technique t : catalog.techniques()) {
            List<String> words = keywords.byActiveId().getOrDefault(t.id(), List.of());
            all.add(new Descriptor(t.id(), catalog.displayName(t), words));
        }
        return List.copyOf(all);
    }

    /** The sentence an embedding model sees: the name, then the first keywords. */
    String sentence() {
        List<String> first = keywords.subList(0, Math.min(keywords.size(), MAX_EMBEDDED_KEYWORDS));
        return first.isEmpty() ? name : name + ". " + String.join(", ", first);
    }
}
