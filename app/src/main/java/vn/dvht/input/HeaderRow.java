package vn.dvht.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.model.Field;

/**
 * The header row of a member sheet and which column each field was found in. Found by scanning
 * the first {@value #SCAN_ROWS} rows for the one naming the most fields, so title rows above
 * the table are skipped.
 */
record HeaderRow(RawRow row, Map<String, Integer> columns, Map<String, List<Integer>> ambiguous) {
  static final int SCAN_ROWS = 20;

  HeaderRow {
    columns = Map.copyOf(columns);
    ambiguous = Map.copyOf(ambiguous);
  }

  /** The header text of a column as the clerk wrote it. */
  String header(int column) {
    return row.cell(column);
  }

  /** The columns no field claimed, by header text. */
  List<String> extraHeaders() {
    List<String> extra = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      if (!row.cell(c).isEmpty() && !columns.containsValue(c)) {
        extra.add(row.cell(c));
      }
    }
    return extra;
  }

  static Optional<HeaderRow> find(List<RawRow> rows, List<Field> fields) {
    HeaderRow best = null;
    int bestScore = 0;
    for (int i = 0; i < Math.min(SCAN_ROWS, rows.size()); i++) {
      HeaderRow candidate = match(rows.get(i), fields);
      int score = candidate.columns.size() + candidate.ambiguous.size();
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** How many fields a row of cells names, to choose a CSV delimiter. */
  static int score(List<String> cells, List<Field> fields) {
    HeaderRow match = match(new RawRow(0, cells), fields);
    return match.columns.size() + match.ambiguous.size();
  }

  private static HeaderRow match(RawRow row, List<Field> fields) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    Map<String, List<Integer>> ambiguous = new LinkedHashMap<>();
    for (Field field : fields) {
      List<String> keys = field.headers().stream().map(TextKey::of).toList();
      List<Integer> hits = new ArrayList<>();
      for (int c = 0; c < row.cells().size(); c++) {
        String cell = row.cell(c);
        if (!cell.isEmpty() && keys.contains(TextKey.of(cell))) {
          hits.add(c);
        }
      }
      if (hits.size() == 1) {
        columns.put(field.id(), hits.get(0));
      } else if (hits.size() > 1) {
        ambiguous.put(field.id(), hits);
      }
    }
    return new HeaderRow(row, columns, ambiguous);
  }
}
