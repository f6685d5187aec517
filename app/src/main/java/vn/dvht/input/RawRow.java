package vn.dvht.input;

import java.util.List;

/** One row of a sheet as text: {@code number} as the spreadsheet shows it, cells by 0-based column. */
public record RawRow(int number, List<String> cells) {
  public RawRow {
    cells = List.copyOf(cells);
  }

  /** The cell's text, stripped; "" when the row is shorter. */
  public String cell(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
  }

  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
