package vn.dvht.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

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
        int r = tag.number("r");
        int number = r > 0 ? r : nextRow;
        String hidden = tag.attribute("hidden");
        List<String> cells = tag.selfClosing ? List.of() : cells(tag, number);
        visitor.row(new RawRow(number, cells), "1".equals(hidden) || "true".equalsIgnoreCase(hidden));
        nextRow = number + 1;
      }
    }
    throw new TruncatedException(nextRow - 1);
  }

  /** A cell whose stored value cannot be what its type says: a damaged file, reported at the cell. */
  static final class BadCellException extends IOException {
    private static final long serialVersionUID = 1L;
    final int row;
    final int column;

    BadCellException(int row, int column, String reason) {
      super(reason);
      this.row = row;
      this.column = column;
    }

    /** Why a cell's value could not be read, in the user's language; the scanner adds the place. */
    static final class Reason extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Reason(String message) {
        super(message, null, false, false);
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

  /** Hands the text of every {@code <si>} of a shared-string part to {@code sink}: runs joined, phonetic runs left out. */
  void sharedStrings(Consumer<String> sink) throws IOException {
    XmlTag tag = new XmlTag();
    StringBuilder joined = new StringBuilder();
    int phonetic = 0;
    while (xml.nextTag(tag)) {
      if (tag.is("si")) {
        if (tag.closing || tag.selfClosing) {
          sink.accept(tag.selfClosing ? "" : joined.toString());
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
    while (xml.nextTag(tag)) {
      if (tag.closing && tag.is("row")) {
        break;
      }
      if (!tag.closing && tag.is("c")) {
        int column = tag.column(next);
        column = column < 0 ? next : column;
        String type = tag.type();
        int style = tag.number("s");
        String value;
        try {
          value = tag.selfClosing ? "" : cell(tag, type, style);
        } catch (BadCellException.Reason reason) {
          throw new BadCellException(rowNumber, column, reason.getMessage());
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
