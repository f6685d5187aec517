package vn.dvht.assess;

import java.util.List;
import java.util.Optional;
import vn.dvht.office.GridCount;
import vn.dvht.office.SubmittedIndicator;
import vn.dvht.office.SubmittedSummary;

/**
 * A summary workbook with its share counts taken from its member grid where the two differ: the grid
 * lists every person's verdict, the summary's table only the totals, so a total typed over by hand is
 * the one set aside. The same summary when they agree (or there is no grid).
 */
final class GridCounts {
  private GridCounts() {}

  static SubmittedSummary apply(SubmittedSummary summary) {
    boolean differs = false;
    List<SubmittedIndicator> rows = new java.util.ArrayList<>();
    for (SubmittedIndicator row : summary.indicators()) {
      Optional<GridCount> grid = summary.grid().stream().filter(g -> g.indicator().equals(row.id())).findFirst();
      if (row.share() && grid.isPresent()
          && (grid.get().passed() != row.numerator() || grid.get().counted() != row.denominator())) {
        differs = true;
        rows.add(new SubmittedIndicator(row.level(), row.id(), row.status(), grid.get().passed(), grid.get().counted(),
            row.value(), row.evidence(), row.place()));
      } else {
        rows.add(row);
      }
    }
    if (!differs) {
      return summary;
    }
    return new SubmittedSummary(summary.source(), summary.rulesetId(), summary.rulesetSha(), summary.dvht(),
        summary.name(), summary.authority(), summary.unitType(), summary.ownership(), summary.year(), summary.members(),
        rows, summary.level(), summary.requested(), summary.levelOneDate(), summary.inputShas(), summary.grid(),
        summary.fileNotes());
  }
}
