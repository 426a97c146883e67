package io.winnow.web.console;

import io.winnow.attack.AttackCatalog;
import io.winnow.attack.Tactic;
import io.winnow.attack.Technique;
import io.winnow.store.TriageSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ATT&CK coverage matrix: the catalog's tactics as columns in matrix order, each with the techniques seen
 * under it and how often. A column with nothing seen is a gap: what the team is blind to.
 *
 * @param columns one per tactic, left to right
 */
public record CoverageMatrix(List<Column> columns) {
    public CoverageMatrix {
        columns = List.copyOf(columns);
    }

    /**
     * One tactic.
     *
     * @param tactic the tactic's name
     * @param id     its TA ID
     * @param cells  techniques seen under it, most seen first
     */
    public record Column(String tactic, String id, List<Cell> cells) {
        public Column {
            cells = List.copyOf(cells);
        }

        public boolean gap() {
            return cells.isEmpty();
        }
    }

    /**
     * One technique seen.
     *
     * @param id    the technique ID
     * @param name  its display name
     * @param count analyses listing it
     * @param heat  1 (seen least) to 4 (seen most), relative to the most seen technique
     */
    public record Cell(String id, String name, long count, int heat) {
        public String url() {
            return AnalysisView.attackUrl(id);
        }
    }

    static CoverageMatrix of(AttackCatalog catalog, List<TriageSummary.Count> techniques) {
        long max = techniques.stream().mapToLong(TriageSummary.Count::count).max().orElse(1);
        List<Column> columns = new ArrayList<>();
        for (Tactic tactic : catalog.tactics()) {
            List<Cell> cells = new ArrayList<>();
            for (TriageSummary.Count seen : techniques) {
                Optional<Technique> technique = catalog.technique(seen.value());
                if (technique.isPresent() && technique.get().tactics().contains(tactic.shortname())) {
                    cells.add(new Cell(seen.value(), catalog.displayName(technique.get()), seen.count(),
                            heat(seen.count(), max)));
                }
            }
            columns.add(new Column(tactic.name(), tactic.id(), cells));
        }
        return new CoverageMatrix(columns);
    }

    /** How many tactics have at least one technique seen. */
    public long covered() {
        return columns.stream().filter(c -> !c.gap()).count();
    }

    private static int heat(long count, long max) {
        return (int) Math.max(1, Math.min(4, Math.ceil(4.0 * count / max)));
    }
}
