package vn.dvht.input;

import java.util.List;

/** A sheet (or a CSV file) read as text rows, with the names positions use. */
public record RawSheet(String file, String name, List<RawRow> rows) {
  public RawSheet {
    rows = List.copyOf(rows);
  }
}
