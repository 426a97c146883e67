package io.winnow.cli;

import io.winnow.alert.Analysis;
import io.winnow.alert.TechniqueRef;
import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Tactic;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores analyses against labels and prints the figures of {@code winnow eval}.
 *
 * <ul>
 *   <li><b>technique top-k</b>: one of the first k techniques of the analysis is a labelled technique at the level of
 *       the parent technique: T1110.001 predicted for a T1110 label counts, and so do T1110 or T1110.003 predicted
 *       for a T1110.001 label.</li>
 *   <li><b>exact top-k</b>: the predicted ID is a labelled ID or one of its sub-techniques: T1110.001 counts for a
 *       T1110 label, but T1110 does not count for a T1110.001 label.</li>
 *   <li><b>tactic first</b>: the analysis's first tactic (its threat category when that is a tactic, else the first
 *       tactic of its first technique) is one of the label's tactics.</li>
 * </ul>
 * An alert that could not be parsed or analysed counts as a miss everywhere.
 */
final class EvalScore {
    private final AttackCatalog catalog;
    private final List<Result> results = new ArrayList<>();

    /** One scored alert; {@code predicted} is empty and {@code tactic} null when there was no analysis. */
    record Result(int line, EvalLabel label, List<String> predicted, String tactic, boolean analysed) {
        Result {
            predicted = List.copyOf(predicted);
        }
    }

    EvalScore(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    void analysed(int line, EvalLabel label, Analysis analysis) {
        List<String> predicted = analysis.mitreTechniques().stream().map(TechniqueRef::id).toList();
        results.add(new Result(line, label, predicted, firstTactic(analysis), true));
    }

    void failed(int line, EvalLabel label) {
        results.add(new Result(line, label, List.of(), null, false));
    }

    List<Result> results() {
        return List.copyOf(results);
    }

    private String firstTactic(Analysis analysis) {
        var category = catalog.tactic(analysis.threatCategory()).map(Tactic::shortname);
        if (category.isPresent()) {
            return category.get();
        }
        return analysis.mitreTechniques().stream().flatMap(t -> t.tactics().stream()).findFirst().orElse(null);
    }

    static boolean techniqueHit(Result r, int k) {
        return r.predicted().stream().limit(k).anyMatch(p -> r.label().techniques().stream()
                .anyMatch(l -> parent(p).equals(parent(l))));
    }

    static boolean exactHit(Result r, int k) {
        return r.predicted().stream().limit(k).anyMatch(p -> r.label().techniques().stream()
                .anyMatch(l -> p.equals(l) || parent(p).equals(l)));
    }

    static boolean tacticHit(Result r) {
        return r.tactic() != null && r.label().tactics().contains(r.tactic());
    }

    private static String parent(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    /** The summary, the per-tactic table and, if asked, every miss. */
    void print(PrintWriter out, boolean misses) {
        int n = results.size();
        out.printf(Locale.ROOT, "%-22s %9s %7s%n", "", "hits", "rate");
        row(out, "technique top-1", count(r -> techniqueHit(r, 1)), n);
        row(out, "technique top-3", count(r -> techniqueHit(r, 3)), n);
        row(out, "exact top-1", count(r -> exactHit(r, 1)), n);
        row(out, "exact top-3", count(r -> exactHit(r, 3)), n);
        row(out, "tactic first", count(EvalScore::tacticHit), n);
        row(out, "no technique", count(r -> r.predicted().isEmpty()), n);
        out.println();
        printTactics(out);
        if (misses) {
            printMisses(out);
        }
    }

    private void printTactics(PrintWriter out) {
        Map<String, List<Result>> byTactic = new LinkedHashMap<>();
        for (Tactic t : catalog.tactics()) {
            byTactic.put(t.shortname(), new ArrayList<>());
        }
        results.forEach(r -> byTactic.computeIfAbsent(r.label().tactic(), k -> new ArrayList<>()).add(r));
        out.printf(Locale.ROOT, "%-22s %6s %7s %7s %7s%n", "tactic", "alerts", "top-1", "top-3", "tactic");
        byTactic.forEach((tactic, rs) -> {
            if (!rs.isEmpty()) {
                tacticRow(out, tactic, rs);
            }
        });
        tacticRow(out, "all", results);
    }

    private static void tacticRow(PrintWriter out, String name, List<Result> rs) {
        out.printf(Locale.ROOT, "%-22s %6d %7s %7s %7s%n", name, rs.size(),
                percent(rs.stream().filter(r -> techniqueHit(r, 1)).count(), rs.size()),
                percent(rs.stream().filter(r -> techniqueHit(r, 3)).count(), rs.size()),
                percent(rs.stream().filter(EvalScore::tacticHit).count(), rs.size()));
    }

    private void printMisses(PrintWriter out) {
        out.println();
        out.println("misses (technique top-3): line, label, expected → predicted [first tactic]");
        for (Result r : results) {
            if (!techniqueHit(r, 3)) {
                out.printf(Locale.ROOT, "  %d %s %s → %s [%s]%n", r.line(), r.label().id() == null ? "-" : r.label().id(),
                        String.join(",", r.label().techniques()),
                        !r.analysed() ? "(not analysed)" : r.predicted().isEmpty() ? "(none)"
                                : String.join(",", r.predicted().stream().limit(3).toList()),
                        r.tactic() == null ? "-" : r.tactic());
            }
        }
    }

    private long count(java.util.function.Predicate<Result> hit) {
        return results.stream().filter(hit).count();
    }

    private static void row(PrintWriter out, String name, long hits, int n) {
        out.printf(Locale.ROOT, "%-22s %9s %7s%n", name, hits + "/" + n, percent(hits, n));
    }

    private static String percent(long hits, int n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * hits / n);
    }
}
