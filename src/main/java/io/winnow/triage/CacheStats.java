package io.winnow.triage;

/**
 * The finding cache at a glance, for {@code /api/health/all}.
 *
 * @param enabled whether analyses are reused at all
 * @param entries findings held now (an estimate, as Caffeine gives it)
 * @param hits    alerts served without a call to the analyst, since start
 * @param misses  alerts that called the analyst, since start
 */
public record CacheStats(boolean enabled, long entries, long hits, long misses) {
}
