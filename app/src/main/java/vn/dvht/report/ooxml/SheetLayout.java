package vn.dvht.report.ooxml;

import java.util.List;

/**
 * How a sheet is shown and printed, fixed before its rows are written.
 *
 * <p>Printing is on A4 at a scale dvht chooses rather than "fit to one page wide": a fitted wide sheet
 * prints at whatever size the fit gives (a 30-column table at 4 pt). The scale is the largest that
 * fits the columns across the page, but never below {@link #MIN_SCALE}: 12 pt text then prints at
 * 9.6 pt or more, and columns that do not fit go on further pages across, with the {@code
 * repeatColumns} first columns printed again on each.
 *
 * @param widths column widths in characters, from column A; other columns keep Excel's default
 * @param freezeColumns columns kept in view when scrolling right
 * @param freezeRows rows kept in view when scrolling down
 * @param landscape printed across the A4 page rather than down it
 * @param repeatRows rows printed again at the top of every page (0: none), from row {@code repeatFrom}
 * @param footer Excel's footer codes ({@code &C&P/&N}: page numbers, centred), or empty
 * @param repeatFrom the first of the repeated rows, from 0
 * @param repeatColumns columns printed again at the left of every page (0: none)
 * @param scale the print scale in percent; 0: the largest from {@link #MIN_SCALE} to 100 that fits the widths
 */
public record SheetLayout(List<Double> widths, int freezeColumns, int freezeRows, boolean landscape, int repeatRows,
    String footer, int repeatFrom, int repeatColumns, int scale) {
  /** The smallest scale dvht prints at: 12 pt text at 9.6 pt, above the 9 pt an office reads. */
  public static final int MIN_SCALE = 80;
  /** Page margins in inches: left and right, top, bottom; header and footer sit 0.3 in from the edge. */
  static final double SIDE = 0.5;
  static final double TOP = 0.6;
  static final double BOTTOM = 0.75;
  /** Printed width of one character of column width: Times New Roman 12 pt digits are 8 px at 96 dpi. */
  static final double POINTS_PER_CHARACTER = 6.0;

  public SheetLayout {
    widths = List.copyOf(widths);
    if (scale != 0 && (scale < 10 || scale > 400)) {
      throw new IllegalArgumentException("scale " + scale);
    }
  }

  /** A4 landscape, scaled to fit across (down to {@link #MIN_SCALE}), nothing frozen or repeated, no footer. */
  public static SheetLayout of(double... widths) {
    List<Double> list = new java.util.ArrayList<>();
    for (double w : widths) {
      list.add(w);
    }
    return new SheetLayout(list, 0, 0, true, 0, "", 0, 0, 0);
  }

  public SheetLayout frozen(int columns, int rows) {
    return new SheetLayout(widths, columns, rows, landscape, repeatRows, footer, repeatFrom, repeatColumns, scale);
  }

  /** The first {@code rows} rows printed at the top of every page. */
  public SheetLayout repeating(int rows) {
    return repeating(0, rows);
  }

  /** Rows {@code first} (from 0) to {@code first + rows - 1} printed at the top of every page after theirs. */
  public SheetLayout repeating(int first, int rows) {
    return new SheetLayout(widths, freezeColumns, freezeRows, landscape, rows, footer, first, repeatColumns, scale);
  }

  /** The first {@code columns} columns printed at the left of every page across. */
  public SheetLayout repeatingColumns(int columns) {
    return new SheetLayout(widths, freezeColumns, freezeRows, landscape, repeatRows, footer, repeatFrom, columns, scale);
  }

  public SheetLayout portrait() {
    return new SheetLayout(widths, freezeColumns, freezeRows, false, repeatRows, footer, repeatFrom, repeatColumns,
        scale);
  }

  public SheetLayout withFooter(String codes) {
    return new SheetLayout(widths, freezeColumns, freezeRows, landscape, repeatRows, codes, repeatFrom, repeatColumns,
        scale);
  }

  /** The width of column {@code c} in whole characters, as row heights are estimated from it. */
  int characters(int c) {
    return c < widths.size() ? (int) Math.floor(widths.get(c)) : 8;
  }

  /** The scale the sheet prints at, in percent. */
  public int printScale() {
    if (scale != 0) {
      return scale;
    }
    double total = 0;
    for (double w : widths) {
      total += w;
    }
    // 3 % to spare: LibreOffice and Excel round column widths to whole pixels, not always down.
    int fits = (int) Math.floor(100 * printableWidth() / (total * POINTS_PER_CHARACTER * 1.03));
    return Math.max(MIN_SCALE, Math.min(100, fits));
  }

  /** The width inside the margins, in points. */
  double printableWidth() {
    return (landscape ? 842 : 595) - 2 * SIDE * 72;
  }

  /** The height inside the margins, in points (the footer sits in the bottom margin). */
  double printableHeight() {
    return (landscape ? 595 : 842) - (TOP + BOTTOM) * 72;
  }
}
