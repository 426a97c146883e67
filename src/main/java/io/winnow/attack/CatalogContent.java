package io.winnow.attack;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a loader read, before the catalog indexes it.
 *
 * @param version     the release, for example {@code enterprise-attack 18.1}
 * @param tactics     in matrix order
 * @param techniques  active techniques and sub-techniques
 * @param revokedBy   revoked ID → the ID that replaced it (which may itself be revoked)
 * @param deprecated  IDs retired without a replacement
 */
record CatalogContent(String version, List<Tactic> tactics, List<Technique> techniques,
                      Map<String, String> revokedBy, Set<String> deprecated) {
    CatalogContent {
        tactics = List.copyOf(tactics);
        techniques = List.copyOf(techniques);
        revokedBy = Map.copyOf(revokedBy);
        deprecated = Set.copyOf(deprecated);
    }
}
