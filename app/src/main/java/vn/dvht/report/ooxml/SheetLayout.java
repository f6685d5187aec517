package vn.dvht.report.ooxml;

import java.util.List;

/**
 * How a sheet is shown and printed, fixed before its rows are written.
 *
 * @param widths column widths in characters, from column A; other columns keep Excel's default
 * @param freezeColumns columns kept in view when scrolling right
 * @param freezeRows rows kept in view when scrolling down
 * @param landscape printed across the A4 page rather than down it
 * @param repeatRows rows printed again at the top of every page (0: none)
 * @param footer Excel's footer codes ({@code &C&P/&N}: page numbers, centred), or empty
 */
public record SheetLayout(List<Double> widths, int freezeColumns, int freezeRows, boolean landscape, int repeatRows,
    String footer) {
  public SheetLayout {
    widths = List.copyOf(widths);
  }

  /** A4, fitted to one page wide, nothing frozen or repeated, no footer. */
  public static SheetLayout of(double... widths) {
    List<Double> list = new java.util.ArrayList<>();
    for (double w : widths) {
      list.add(w);
    }
    return new SheetLayout(list, 0, 0, true, 0, "");
  }

  public SheetLayout frozen(int columns, int rows) {
    return new SheetLayout(widths, columns, rows, landscape, repeatRows, footer);
  }

  public SheetLayout repeating(int rows) {
    return new SheetLayout(widths, freezeColumns, freezeRows, landscape, rows, footer);
  }

  public SheetLayout portrait() {
    return new SheetLayout(widths, freezeColumns, freezeRows, false, repeatRows, footer);
  }

  public SheetLayout withFooter(String codes) {
    return new SheetLayout(widths, freezeColumns, freezeRows, landscape, repeatRows, codes);
  }

  /** The width of column {@code c} in whole characters, as row heights are estimated from it. */
  int characters(int c) {
    return c < widths.size() ? (int) Math.floor(widths.get(c)) : 8;
  }
}
