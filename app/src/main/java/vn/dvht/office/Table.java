package vn.dvht.office;

import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.input.InputException;
import vn.dvht.input.RawRow;
import vn.dvht.input.RawSheet;
import vn.dvht.input.TextKey;

/**
 * A sheet the office fills read as a table: the header row is the first of the top {@value #HEADER_ROWS}
 * rows holding every required column (headers compared as {@link TextKey}s, with their other names),
 * columns in any order, the rows below it that hold anything.
 */
final class Table {
  static final int HEADER_ROWS = 15;

  /** A column: the header dvht writes and reads, its other names, and whether the table needs it. */
  record Column(String header, List<String> aliases, boolean required) {
    static Column required(String header, String... aliases) {
      return new Column(header, List.of(aliases), true);
    }

    static Column optional(String header, String... aliases) {
      return new Column(header, List.of(aliases), false);
    }

    boolean named(String text) {
      return TextKey.same(header, text) || aliases.stream().anyMatch(a -> TextKey.same(a, text));
    }
  }

  private final RawSheet sheet;
  private final List<Column> columns;
  private final int[] index;
  private final RawRow header;
  private final List<RawRow> rows;

  private Table(RawSheet sheet, List<Column> columns, int[] index, RawRow header, List<RawRow> rows) {
    this.sheet = sheet;
    this.columns = columns;
    this.index = index;
    this.header = header;
    this.rows = rows;
  }

  /** The table of {@code sheet}; no header row with every required column is an error naming them. */
  static Table of(RawSheet sheet, List<Column> columns) throws InputException {
    List<RawRow> all = sheet.rows();
    for (int r = 0; r < Math.min(HEADER_ROWS, all.size()); r++) {
      int[] index = match(all.get(r), columns);
      boolean complete = true;
      for (int c = 0; c < columns.size(); c++) {
        complete &= !columns.get(c).required() || index[c] >= 0;
      }
      if (complete) {
        List<RawRow> rows = all.subList(r + 1, all.size()).stream().filter(row -> !row.isBlank()).toList();
        return new Table(sheet, columns, index, all.get(r), rows);
      }
    }
    List<String> required = columns.stream().filter(Column::required).map(Column::header).toList();
    throw new InputException(Diagnostic.error("O101", new SourcePosition.InSheet(sheet.file(), sheet.name(), 0, -1, ""),
        Message.of("office.noHeader", String.join(", ", required), HEADER_ROWS)));
  }

  private static int[] match(RawRow row, List<Column> columns) {
    int[] index = new int[columns.size()];
    java.util.Arrays.fill(index, -1);
    for (int c = 0; c < columns.size(); c++) {
      for (int cell = 0; cell < row.cells().size(); cell++) {
        if (!row.cell(cell).isEmpty() && columns.get(c).named(row.cell(cell))) {
          index[c] = cell;
          break;
        }
      }
    }
    return index;
  }

  List<RawRow> rows() {
    return rows;
  }

  boolean has(Column column) {
    return index[columns.indexOf(column)] >= 0;
  }

  /** The cell of {@code column} in {@code row}, stripped; "" when the table has no such column. */
  String cell(RawRow row, Column column) {
    int i = index[columns.indexOf(column)];
    return i < 0 ? "" : row.cell(i);
  }

  /** Where a cell is, for a message: file, sheet, cell and the header as the office wrote it. */
  SourcePosition at(RawRow row, Column column) {
    int i = index[columns.indexOf(column)];
    return new SourcePosition.InSheet(sheet.file(), sheet.name(), row.number(), i, i < 0 ? column.header()
        : header.cell(i));
  }

  /** The whole table's place: its header row. */
  SourcePosition headerRow() {
    return new SourcePosition.InSheet(sheet.file(), sheet.name(), header.number(), -1, "");
  }

  /** The last row of the table, or its header when it has none. */
  SourcePosition lastRow() {
    int row = rows.isEmpty() ? header.number() : rows.get(rows.size() - 1).number();
    return new SourcePosition.InSheet(sheet.file(), sheet.name(), row, -1, "");
  }

  RawSheet sheet() {
    return sheet;
  }

  /** Throws every problem at once when one of them is an error. */
  static void fail(List<Diagnostic> problems) throws InputException {
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      throw new InputException(problems);
    }
  }
}
