package vn.dvht.input;

import java.util.List;
import vn.dvht.diag.Message;

/**
 * A sheet (or a CSV file) read as text rows, with the names positions use, a description of how it
 * was read (format, encoding, delimiter), the rows that were hidden in the workbook, and whether the
 * workbook counts serial days from 1904 (old Mac Excel) rather than 1900.
 */
public record RawSheet(String file, String name, List<RawRow> rows, Message format, List<Integer> hiddenRows,
    boolean date1904) {
  /**
   * The rows with data a sheet read whole may hold: the unit sheet has a few dozen. A member list
   * streams; a sheet read whole past this many rows is refused (I112), never held in memory.
   */
  public static final int MAX_ROWS = 10_000;

  public RawSheet {
    rows = List.copyOf(rows);
    hiddenRows = List.copyOf(hiddenRows);
  }

  /** The error for a sheet read whole that goes on past {@link #MAX_ROWS} rows with data, at the first row past them. */
  static InputException tooLong(String file, String sheet, int row) {
    return new InputException(vn.dvht.diag.Diagnostic.error("I112", new vn.dvht.diag.SourcePosition.InSheet(file,
        sheet, row, -1, ""), vn.dvht.diag.Message.of("input.sheetTooLong", MAX_ROWS)));
  }

  /** A sheet in the 1900 date system, as every CSV file and nearly every workbook is. */
  public RawSheet(String file, String name, List<RawRow> rows, Message format, List<Integer> hiddenRows) {
    this(file, name, rows, format, hiddenRows, false);
  }
}
