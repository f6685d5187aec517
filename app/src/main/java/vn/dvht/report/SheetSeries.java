package vn.dvht.report;

import java.io.IOException;
import vn.dvht.report.ooxml.SheetLayout;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * A list longer than a sheet can hold, written over as many sheets as it takes: "Thành viên",
 * "Thành viên (2)", … Each sheet starts with its heading rows and, when full, says in its last row
 * where the list goes on. A sheet holds {@code rowsPerSheet} rows (Excel's 1,048,576), so no list
 * ever fails for its length.
 *
 * <pre>{@code
 * SheetSeries list = new SheetSeries(book, "Cần bổ sung", layout, false, 100, MemberGrid.EXCEL_ROWS, pages);
 * list.row().text(0, "TC2.CT1", style);   // on "Cần bổ sung (2)" once the first sheet is full
 * }</pre>
 */
final class SheetSeries {
  /** What the owner of the list writes at the turn of a sheet. */
  interface Pages {
    /** Writes the heading rows of each sheet of the list (the first and every continuation). */
    void head(SheetWriter sheet) throws IOException;

    /** On a sheet with one row left: ends it, saying in that last row that the list goes on in sheet {@code next}. */
    void full(SheetWriter sheet, String next) throws IOException;
  }

  private final XlsxWriter book;
  private final String name;
  private final SheetLayout layout;
  private final boolean large;
  private final int place;
  private final int rowsPerSheet;
  private final Pages pages;
  private SheetWriter sheet;
  private int part;

  /**
   * @param place where the first sheet stands among the workbook's; each continuation stands after it
   * @param rowsPerSheet the rows of one sheet, its last saying where the list goes on
   */
  SheetSeries(XlsxWriter book, String name, SheetLayout layout, boolean large, int place, int rowsPerSheet,
      Pages pages) {
    this.book = book;
    this.name = name;
    this.layout = layout;
    this.large = large;
    this.place = place;
    this.rowsPerSheet = rowsPerSheet;
    this.pages = pages;
  }

  /** The sheet being written, the first one opened (with its heading) if none is yet. */
  SheetWriter sheet() throws IOException {
    if (sheet == null) {
      next();
    }
    return sheet;
  }

  /** Starts the next row of the list, on the next sheet when this one has only its last row left. */
  SheetWriter row() throws IOException {
    return row(0);
  }

  /**
   * Starts a row after {@code blank} empty ones; on a new sheet when they would not fit before this
   * sheet's last row (the empty rows are then left out: a new sheet is separation enough).
   */
  SheetWriter row(int blank) throws IOException {
    SheetWriter current = sheet();
    if (current.current() + blank + 1 >= rowsPerSheet - 1) {
      pages.full(current, name(part + 1));
      next();
      return sheet.row();
    }
    return current.row(current.current() + blank + 1);
  }

  /**
   * Writes the heading of a new part of the list (the owner's {@link Pages#head} now writes it) here,
   * or as the head of the next sheet when this one has no room for it and a row after it.
   */
  void heading() throws IOException {
    SheetWriter current = sheet();
    if (current.current() + 2 >= rowsPerSheet - 1) {
      pages.full(current, name(part + 1));
      next();
      return;
    }
    pages.head(current);
  }

  /** How many sheets the list took so far. */
  int sheets() {
    return part;
  }

  private void next() throws IOException {
    part++;
    sheet = book.sheet(name(part), layout, large, place + part - 1);
    pages.head(sheet);
    if (sheet.current() + 1 >= rowsPerSheet - 1) {
      throw new IllegalArgumentException(rowsPerSheet + " rows per sheet leave no room after the heading");
    }
  }

  /** The name of the list's sheet number {@code part} (from 1). */
  private String name(int part) {
    return part == 1 ? name : name + " (" + part + ")";
  }
}
