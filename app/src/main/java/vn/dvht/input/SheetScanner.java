package vn.dvht.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;

/**
 * Reads the XML dialect of worksheet and shared-string parts — {@code <row r hidden>}, {@code <c r s t>},
 * {@code <v>}, {@code <is><t>}, {@code <f>}, rich-text and phonetic runs — over {@link XmlLexer}, giving
 * each cell's text as {@link CellText} decodes it. Decoding only what dvht reads makes it several times
 * faster than a general StAX parser on the millions of small elements of a large sheet; anything else
 * inside a cell is skipped.
 */
final class SheetScanner {
  private final XmlLexer xml;
  private final SharedStrings sharedStrings;
  private final boolean[] dateStyles;
  private final boolean date1904;
  /** The first cell stored left of the cell before it in its row (row 0 when none), that earlier cell, how many rows had one. */
  private int disorderedRow;
  private int disorderedColumn;
  private int disorderedAfter;
  private int disorderedRows;

  SheetScanner(InputStream in, SharedStrings sharedStrings, boolean[] dateStyles, boolean date1904) {
    this.xml = new XmlLexer(in);
    this.sharedStrings = sharedStrings;
    this.dateStyles = dateStyles;
    this.date1904 = date1904;
  }

  /** Hands every row to the visitor in sheet order. */
  void each(RowStream.Visitor visitor) throws IOException {
    int nextRow = 1;
    XmlTag tag = new XmlTag();
    while (xml.nextTag(tag)) {
      if ((tag.closing || tag.selfClosing) && tag.is("sheetData")) {
        return;
      }
      if (!tag.closing && tag.is("row")) {
        int number = rowNumber(tag, nextRow);
        String hidden = tag.attribute("hidden");
        List<String> cells = tag.selfClosing ? List.of() : cells(tag, number);
        visitor.row(new RawRow(number, cells), "1".equals(hidden) || "true".equalsIgnoreCase(hidden));
        nextRow = number + 1;
      }
    }
    throw new TruncatedException(nextRow - 1);
  }

  /**
   * The number of the row the tag opens: its {@code r}, or the next one when it has none. A number
   * Excel cannot have, or one at or before the previous row's (a row given twice, or rows out of
   * order, which would count a member twice or put one above the header) is a damaged sheet.
   */
  private static int rowNumber(XmlTag tag, int nextRow) throws BadCellException {
    int r = tag.number("r");
    if (r == 0 && tag.attribute("r") == null) {
      if (nextRow > XmlTag.LAST_ROW) {
        throw new BadCellException(XmlTag.LAST_ROW, -1, Message.of("input.rowPastLast", nextRow), true);
      }
      return nextRow;
    }
    if (r < 1 || r > XmlTag.LAST_ROW) {
      String shown = String.valueOf(tag.attribute("r"));
      throw new BadCellException(Math.max(1, nextRow - 1), -1, Message.of("input.badRowNumber",
          shown.length() > 20 ? shown.substring(0, 20) + "…" : shown, nextRow - 1), true);
    }
    if (r < nextRow) {
      throw new BadCellException(r, -1, Message.of(r == nextRow - 1 ? "input.rowTwice" : "input.rowOutOfOrder",
          r, nextRow - 1), true);
    }
    return r;
  }

  /** A cell whose stored value cannot be what its type says: a damaged file, reported at the cell. */
  static final class BadCellException extends IOException {
    private static final long serialVersionUID = 1L;
    final int row;
    final int column;
    /** Whether the sheet's structure is damaged (a row or cell given twice, a reference off the sheet), not a value. */
    final boolean structure;

    /** Why, worded where it is shown. */
    final transient Message reason;

    BadCellException(int row, int column, Message reason) {
      this(row, column, reason, false);
    }

    BadCellException(int row, int column, Message reason, boolean structure) {
      super(reason.vietnamese());
      this.reason = reason;
      this.row = row;
      this.column = column;
      this.structure = structure;
    }

    /** Why a cell's value could not be read, in the user's language; the scanner adds the place. */
    static final class Reason extends RuntimeException {
      private static final long serialVersionUID = 1L;

      final transient Message reason;

      Reason(Message reason) {
        super(reason.vietnamese(), null, false, false);
        this.reason = reason;
      }
    }
  }

  /** The part ended before {@code </sheetData>}: a cut-off or damaged sheet, whose rows would be missing. */
  static final class TruncatedException extends IOException {
    private static final long serialVersionUID = 1L;
    final int lastRow;

    TruncatedException(int lastRow) {
      super("sheet data ends after row " + lastRow);
      this.lastRow = lastRow;
    }
  }

  /**
   * Cells stored out of column order ({@code <c r="C2"/><c r="A2"/>}): Excel never writes them, but each
   * value still lands in the column its reference names (a cell given twice is an error), so no count
   * changes and the sheet is read with a warning. Null when every row was in order; read after
   * {@link #each} has returned.
   */
  Disorder disorder() {
    return disorderedRow == 0 ? null : new Disorder(disorderedRow, disorderedColumn, disorderedAfter, disorderedRows);
  }

  /** The first cell out of column order, the cell stored before it, and how many rows had such a cell. */
  record Disorder(int row, int column, int after, int rows) {}

  /**
   * Hands the text of every {@code <si>} of a shared-string part to {@code sink}: runs joined, phonetic
   * runs left out, {@code _xHHHH_} escapes decoded in the joined text (as POI does).
   */
  void sharedStrings(Consumer<String> sink) throws IOException {
    XmlTag tag = new XmlTag();
    StringBuilder joined = new StringBuilder();
    int phonetic = 0;
    while (xml.nextTag(tag)) {
      if (tag.is("si")) {
        if (tag.closing || tag.selfClosing) {
          sink.accept(tag.selfClosing ? "" : CellText.unescape(joined.toString()));
        }
        joined.setLength(0);
      } else if (tag.is("rPh")) {
        phonetic += tag.closing ? -1 : tag.selfClosing ? 0 : 1;
      } else if (!tag.closing && !tag.selfClosing && tag.is("t") && phonetic == 0) {
        joined.append(xml.text());
      }
    }
  }

  private List<String> cells(XmlTag tag, int rowNumber) throws IOException {
    String[] cells = new String[16];
    int size = 0;
    int next = 0;
    boolean disordered = false;
    while (xml.nextTag(tag)) {
      if (tag.closing && tag.is("row")) {
        break;
      }
      if (!tag.closing && tag.is("c")) {
        if (disordered && tag.attribute("r") == null) {
          // Readers disagree on where it goes (POI: after the rightmost cell; in order: after the one before it).
          throw new BadCellException(rowNumber, -1, Message.of("input.cellUnplaced",
              SourcePosition.columnLetters(next - 1) + rowNumber, SourcePosition.columnLetters(size - 1) + rowNumber),
              true);
        }
        int column = cellColumn(tag, rowNumber, next);
        if (column < size && cells[column] != null) {
          throw new BadCellException(rowNumber, column, Message.of("input.cellTwice",
              SourcePosition.columnLetters(column) + rowNumber), true);
        }
        if (column < next - 1) {
          if (!disordered && disorderedRows++ == 0) {
            disorderedRow = rowNumber;
            disorderedColumn = column;
            disorderedAfter = next - 1;
          }
          disordered = true;
        }
        String type = tag.type();
        int style = tag.number("s");
        String value;
        try {
          value = tag.selfClosing ? "" : cell(tag, type, style);
        } catch (BadCellException.Reason reason) {
          throw new BadCellException(rowNumber, column, reason.reason);
        }
        if (column >= cells.length) {
          cells = Arrays.copyOf(cells, Math.max(cells.length * 2, column + 1));
        }
        cells[column] = value;
        size = Math.max(size, column + 1);
        next = column + 1;
      }
    }
    List<String> row = new ArrayList<>(size);
    for (int c = 0; c < size; c++) {
      row.add(cells[c] == null ? "" : cells[c]);
    }
    return row;
  }

  /**
   * The column of a cell: its {@code r}, or the one after the previous cell. A reference past XFD or
   * row 1,048,576 or one naming another row is a damaged sheet.
   */
  private static int cellColumn(XmlTag tag, int rowNumber, int next) throws BadCellException {
    long reference = tag.reference(next);
    int column = XmlTag.columnOf(reference);
    int row = XmlTag.rowOf(reference);
    if (column == XmlTag.BAD_REFERENCE || row == XmlTag.BAD_REFERENCE) {
      String shown = String.valueOf(tag.attribute("r"));
      throw new BadCellException(rowNumber, -1, Message.of("input.badCellReference",
          shown.length() > 20 ? shown.substring(0, 20) + "…" : shown), true);
    }
    if (row != 0 && row != rowNumber) {
      throw new BadCellException(rowNumber, column, Message.of("input.cellInOtherRow",
          SourcePosition.columnLetters(column) + row, rowNumber), true);
    }
    if (column > XmlTag.LAST_COLUMN) {
      throw new BadCellException(rowNumber, -1, Message.of("input.cellPastLast", rowNumber), true);
    }
    return column;
  }

  /** The text of a cell, reading up to its {@code </c>}. */
  private String cell(XmlTag tag, String type, int style) throws IOException {
    String value = null;
    String formula = null;
    StringBuilder inline = null;
    int phonetic = 0;
    while (xml.nextTag(tag)) {
      if (tag.closing && tag.is("c")) {
        break;
      }
      if (tag.is("rPh")) {
        phonetic += tag.closing ? -1 : tag.selfClosing ? 0 : 1;
      } else if (!tag.closing && !tag.selfClosing && tag.is("v")) {
        value = xml.text();
      } else if (!tag.closing && !tag.selfClosing && tag.is("t") && phonetic == 0) {
        inline = inline == null ? new StringBuilder() : inline;
        inline.append(xml.text());
      } else if (!tag.closing && !tag.selfClosing && tag.is("f")) {
        formula = xml.text();
      }
    }
    if (formula != null && value == null && inline == null) {
      return RawRow.uncalculated(formula);
    }
    return CellText.of(type, style, value, inline == null ? null : inline.toString(), sharedStrings, dateStyles,
        date1904);
  }
}
