package vn.dvht.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Message;
import vn.dvht.model.Field;

/**
 * The header row of a member sheet, which column each field was found in, and how it was matched.
 * Found by scanning the first {@value #SCAN_ROWS} rows for the one naming the most fields, so title
 * rows above the table are skipped. A header matches by {@link TextKey}, then — for fields still
 * unmatched, and only when unambiguous — with accents folded away ("Ky luat lao dong").
 */
record HeaderRow(RawRow row, Map<String, Integer> columns, Map<String, List<Integer>> ambiguous,
    Map<String, Message> how) {
  static final int SCAN_ROWS = 20;

  HeaderRow {
    columns = Map.copyOf(columns);
    ambiguous = Map.copyOf(ambiguous);
    how = Map.copyOf(how);
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

  /**
   * The row among the first {@value #SCAN_ROWS} naming the most fields — or a two-row header, when
   * reading two adjacent rows as one names more: each column's lower cell, or its upper cell where the
   * lower is blank (a group title such as "Tiêu chí 2" over its sub-headers, "Họ và tên" merged down).
   * The header's row is then the lower one, and members start below it.
   */
  static Optional<HeaderRow> find(List<RawRow> rows, List<Field> fields) {
    Keys keys = Keys.of(fields);
    HeaderRow best = null;
    int bestScore = 0;
    for (int i = 0; i < Math.min(SCAN_ROWS, rows.size()); i++) {
      List<RawRow> candidates = new ArrayList<>(List.of(rows.get(i)));
      if (i + 1 < rows.size() && rows.get(i + 1).number() == rows.get(i).number() + 1) {
        candidates.add(twoRows(rows.get(i), rows.get(i + 1)));
      }
      for (RawRow candidateRow : candidates) {
        HeaderRow candidate = match(candidateRow, fields, keys);
        int score = candidate.columns.size() + candidate.ambiguous.size();
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Two header rows read as one, numbered as the lower. */
  private static RawRow twoRows(RawRow upper, RawRow lower) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < Math.max(upper.cells().size(), lower.cells().size()); c++) {
      cells.add(lower.cell(c).isEmpty() ? upper.cell(c) : lower.cell(c));
    }
    return new RawRow(lower.number(), cells);
  }

  /** The fields' header keys, plain and accent-folded, computed once per field list. */
  private record Keys(Map<String, Set<String>> plain, Map<String, Set<String>> folded, Map<String, Integer> owners) {
    private static final Map<List<Field>, Keys> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static Keys of(List<Field> fields) {
      return CACHE.computeIfAbsent(fields, f -> {
        Map<String, Set<String>> plain = new LinkedHashMap<>();
        Map<String, Set<String>> folded = new LinkedHashMap<>();
        Map<String, Integer> owners = new LinkedHashMap<>();
        for (Field field : f) {
          Set<String> p = new HashSet<>();
          Set<String> d = new HashSet<>();
          for (String header : field.headers()) {
            p.add(TextKey.of(header));
            d.add(TextKey.folded(header));
            owners.merge(TextKey.folded(header), 1, Integer::sum);
          }
          plain.put(field.id(), p);
          folded.put(field.id(), d);
        }
        return new Keys(plain, folded, owners);
      });
    }
  }

  /** How many fields a row of cells names, to choose a CSV delimiter. */
  static int score(List<String> cells, List<Field> fields) {
    HeaderRow match = match(new RawRow(0, cells), fields, Keys.of(fields));
    return match.columns.size() + match.ambiguous.size();
  }

  /**
   * This header row with columns given by hand: field (id or header) → column letter ("F", "Cột F")
   * or the header text of a column. Throws with a Vietnamese message naming what was not found.
   */
  HeaderRow mapped(Map<String, String> overrides, List<Field> fields) {
    Map<String, Integer> columns = new LinkedHashMap<>(this.columns);
    Map<String, List<Integer>> ambiguous = new LinkedHashMap<>(this.ambiguous);
    Map<String, Message> how = new LinkedHashMap<>(this.how);
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      Field field = fields.stream()
          .filter(f -> f.id().equals(e.getKey()) || f.headers().stream().anyMatch(h -> TextKey.same(h, e.getKey())))
          .findFirst()
          .orElseThrow(() -> new BadMap(Message.of("map.unknownField", e.getKey())));
      int column = column(e.getValue());
      if (column < 0) {
        throw new BadMap(Message.of("map.unknownColumn", e.getValue()));
      }
      columns.values().removeIf(c -> c == column);
      columns.put(field.id(), column);
      ambiguous.remove(field.id());
      how.put(field.id(), Message.of("match.mapped"));
    }
    return new HeaderRow(row, columns, ambiguous, how);
  }

  /** A column named by letters ("F", "Cột AB") or by its header text in this row; -1 when neither. */
  private int column(String name) {
    String letters = name.strip().replaceFirst("(?i)^c(ộ|o)t\\s*", "").toUpperCase(Locale.ROOT);
    if (letters.matches("[A-Z]{1,3}")) {
      int column = 0;
      for (char c : letters.toCharArray()) {
        column = column * 26 + (c - 'A' + 1);
      }
      return column - 1;
    }
    for (int c = 0; c < row.cells().size(); c++) {
      if (TextKey.same(row.cell(c), name)) {
        return c;
      }
    }
    return -1;
  }

  private static HeaderRow match(RawRow row, List<Field> fields, Keys keys) {
    String[] cells = new String[row.cells().size()];
    for (int c = 0; c < cells.length; c++) {
      String cell = row.cell(c);
      cells[c] = cell.isEmpty() ? "" : TextKey.of(cell);
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    Map<String, List<Integer>> ambiguous = new LinkedHashMap<>();
    Map<String, Message> how = new LinkedHashMap<>();
    for (Field field : fields) {
      Set<String> wanted = keys.plain().get(field.id());
      List<Integer> hits = hits(cells, wanted::contains);
      if (hits.size() == 1) {
        columns.put(field.id(), hits.get(0));
        how.put(field.id(), how(row.cell(hits.get(0)), field));
      } else if (hits.size() > 1) {
        ambiguous.put(field.id(), hits);
      }
    }
    if (columns.size() + ambiguous.size() < fields.size()) {
      foldedPass(row, fields, keys, columns, ambiguous, how);
    }
    return new HeaderRow(row, columns, ambiguous, how);
  }

  /** Fields still unmatched, compared without accents; taken only when one column and one field agree. */
  private static void foldedPass(RawRow row, List<Field> fields, Keys keys, Map<String, Integer> columns,
      Map<String, List<Integer>> ambiguous, Map<String, Message> how) {
    String[] folded = new String[row.cells().size()];
    for (int c = 0; c < folded.length; c++) {
      String cell = row.cell(c);
      folded[c] = cell.isEmpty() ? "" : TextKey.folded(cell);
    }
    Set<Integer> taken = new HashSet<>(columns.values());
    for (Field field : fields) {
      if (columns.containsKey(field.id()) || ambiguous.containsKey(field.id())) {
        continue;
      }
      Set<String> wanted = keys.folded().get(field.id());
      List<Integer> hits = hits(folded, wanted::contains);
      hits.removeIf(taken::contains);
      if (hits.size() == 1 && keys.owners().getOrDefault(folded[hits.get(0)], 0) == 1) {
        columns.put(field.id(), hits.get(0));
        taken.add(hits.get(0));
        how.put(field.id(), Message.of("match.folded"));
      }
    }
  }

  private static List<Integer> hits(String[] keys, java.util.function.Predicate<String> matches) {
    List<Integer> hits = new ArrayList<>();
    for (int c = 0; c < keys.length; c++) {
      if (!keys[c].isEmpty() && matches.test(keys[c])) {
        hits.add(c);
      }
    }
    return hits;
  }

  /** In words, how a header cell matched its field: exactly, by case, by Unicode form or spacing, by alias. */
  private static Message how(String cell, Field field) {
    if (cell.equals(field.header())) {
      return Message.of("match.exact");
    }
    if (cell.equalsIgnoreCase(field.header())) {
      return Message.of("match.case");
    }
    if (TextKey.same(cell, field.header())) {
      return Message.of("match.form");
    }
    return Message.of("match.alias");
  }

  /** A {@code --map} naming a field or a column the sheet does not have. */
  static final class BadMap extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Why, worded where it is shown. */
    final transient Message reason;

    BadMap(Message reason) {
      super(reason.vietnamese());
      this.reason = reason;
    }
  }
}
