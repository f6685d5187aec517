package vn.dvht.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Pulls the rows of one worksheet part: {@code <row r>} of {@code <c r t s>} with {@code <v>} or {@code <is><t>}. */
final class SheetParser {
  private final XMLStreamReader xml;
  private final SharedStrings sharedStrings;
  private final boolean[] dateStyles;
  private final boolean date1904;

  SheetParser(XMLStreamReader xml, SharedStrings sharedStrings, boolean[] dateStyles, boolean date1904) {
    this.xml = xml;
    this.sharedStrings = sharedStrings;
    this.dateStyles = dateStyles;
    this.date1904 = date1904;
  }

  void rows(List<RawRow> rows, List<Integer> hidden) throws XMLStreamException {
    each((row, isHidden) -> {
      rows.add(row);
      if (isHidden) {
        hidden.add(row.number());
      }
    });
  }

  /** Pulls every row and hands it on as it is read. */
  void each(RowStream.Visitor visitor) throws XMLStreamException {
    int nextRow = 1;
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? nextRow : Integer.parseInt(r);
        String hiddenFlag = xml.getAttributeValue(null, "hidden");
        boolean hidden = "1".equals(hiddenFlag) || "true".equalsIgnoreCase(hiddenFlag);
        visitor.row(new RawRow(number, cells()), hidden);
        nextRow = number + 1;
      }
    }
  }

  /** The cells of the current row, placed by their reference; blank where a column is skipped. */
  private List<String> cells() throws XMLStreamException {
    String[] cells = new String[8];
    int size = 0;
    int next = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        String ref = xml.getAttributeValue(null, "r");
        int column = ref == null ? next : column(ref);
        String value = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
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

  /** The text of the current {@code <c>}: its value by type, reading up to {@code </c>}. */
  private String cell(String type, String style) throws XMLStreamException {
    String value = null;
    StringBuilder inline = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("v")) {
          value = xml.getElementText();
        } else if (name.equals("t")) {
          inline = inline == null ? new StringBuilder() : inline;
          inline.append(xml.getElementText());
        }
      }
    }
    if ("inlineStr".equals(type)) {
      return inline == null ? "" : inline.toString();
    }
    if (value == null) {
      return "";
    }
    if ("s".equals(type)) {
      return sharedStrings.get(Integer.parseInt(value.strip()));
    }
    if ("b".equals(type)) {
      return value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
    }
    if ("str".equals(type) || "e".equals(type)) {
      return value;
    }
    double number = Double.parseDouble(value);
    int s = style == null ? 0 : Integer.parseInt(style);
    if (s < dateStyles.length && dateStyles[s] && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(number)) {
      return XlsxStreamReader.date(number, date1904);
    }
    return WorkbookReader.number(number);
  }

  /** 0-based column of a cell reference such as "AB12". */
  static int column(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }
}
