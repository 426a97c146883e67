package io.winnow.analyst.builtin;

import io.winnow.alert.Finding;
import io.winnow.attack.AttackCatalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Hit rates of the built-in analyst over labelled alerts: the right technique in the top 3 (a sub-technique counts
 * for its parent) and the right tactic first (the finding's threat category). Not thread-safe.
 */
final class Scorecard {
    private final String name;
    private final AttackCatalog catalog;
    private final Map<String, int[]> byTactic = new TreeMap<>();
    private int total;
    private int top1;
    private int top3;
    private int tactic;
    private int unexplained;

    Scorecard(String name, AttackCatalog catalog) {
        this.name = name;
        this.catalog = catalog;
    }

    /**
     * @param expected acceptable technique IDs
     * @param tactics  acceptable first tactics; empty means the tactics of the expected techniques
     */
    void score(Finding f, Collection<String> expected, Collection<String> tactics) {
        List<String> ids = f.techniques().stream().map(Finding.Claim::id).toList();
        Set<String> okTactics = tactics.isEmpty() ? expected.stream().map(catalog::technique)
                .flatMap(java.util.Optional::stream).flatMap(t -> t.tactics().stream()).collect(Collectors.toSet())
                : tactics.stream().map(Scorecard::v18Tactic).collect(Collectors.toSet());
        boolean hit3 = ids.stream().limit(3).anyMatch(id -> matches(id, expected));
        boolean hitTactic = okTactics.contains(f.threatCategory());
        total++;
        top1 += !ids.isEmpty() && matches(ids.getFirst(), expected) ? 1 : 0;
        top3 += hit3 ? 1 : 0;
        tactic += hitTactic ? 1 : 0;
        unexplained += ids.isEmpty() ? 1 : 0;
        String key = tactics.isEmpty() ? okTactics.stream().sorted().findFirst().orElse("?") : tactics.iterator().next();
        int[] row = byTactic.computeIfAbsent(key, k -> new int[3]);
        row[0]++;
        row[1] += hit3 ? 1 : 0;
        row[2] += hitTactic ? 1 : 0;
    }

    /** Newer ATT&CK releases split Defense Evasion into Stealth and Defense Impairment; v18.1 has only the former. */
    static String v18Tactic(String tactic) {
        return tactic.equals("stealth") || tactic.equals("defense-impairment") ? "defense-evasion" : tactic;
    }

    static boolean matches(String predicted, Collection<String> expected) {
        return expected.stream().anyMatch(e -> predicted.equals(e) || predicted.startsWith(e + "."));
    }

    int total() {
        return total;
    }

    double top3Rate() {
        return total == 0 ? 0 : (double) top3 / total;
    }

    double tacticRate() {
        return total == 0 ? 0 : (double) tactic / total;
    }

    String report(boolean perTactic) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-34s n=%4d  top1=%5.1f%%  top3=%5.1f%%  tactic=%5.1f%%  unexplained=%d%n", name, total,
                pct(top1), pct(top3), pct(tactic), unexplained));
        if (perTactic) {
            byTactic.forEach((t, r) -> out.append(String.format(Locale.ROOT, "    %-22s n=%3d  top3=%5.1f%%  tactic=%5.1f%%%n",
                    t, r[0], 100.0 * r[1] / r[0], 100.0 * r[2] / r[0])));
        }
        return out.toString();
    }

    private double pct(int n) {
        return total == 0 ? 0 : 100.0 * n / total;
    }

}
