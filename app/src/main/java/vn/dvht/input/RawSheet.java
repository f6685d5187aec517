package vn.dvht.input;

import java.util.List;

/**
 * A sheet (or a CSV file) read as text rows, with the names positions use, a description of how it
 * was read (format, encoding, delimiter) and the rows that were hidden in the workbook.
 */
public record RawSheet(String file, String name, List<RawRow> rows, String format, List<Integer> hiddenRows) {
  public RawSheet {
    rows = List.copyOf(rows);
    hiddenRows = List.copyOf(hiddenRows);
  }
}
