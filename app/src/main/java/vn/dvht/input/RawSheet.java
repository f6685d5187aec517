package vn.dvht.input;

import java.util.List;

/**
 * A sheet (or a CSV file) read as text rows, with the names positions use, a description of how it
 * was read (format, encoding, delimiter), the rows that were hidden in the workbook, and whether the
 * workbook counts serial days from 1904 (old Mac Excel) rather than 1900.
 */
public record RawSheet(String file, String name, List<RawRow> rows, String format, List<Integer> hiddenRows,
    boolean date1904) {
  public RawSheet {
    rows = List.copyOf(rows);
    hiddenRows = List.copyOf(hiddenRows);
  }

  /** A sheet in the 1900 date system, as every CSV file and nearly every workbook is. */
  public RawSheet(String file, String name, List<RawRow> rows, String format, List<Integer> hiddenRows) {
    this(file, name, rows, format, hiddenRows, false);
  }
}
