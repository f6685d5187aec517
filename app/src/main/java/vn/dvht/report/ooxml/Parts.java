package vn.dvht.report.ooxml;

import vn.dvht.docx.XmlChars;

/** Names, namespaces and content types of the package parts, and cell-reference spelling. */
final class Parts {
  private Parts() {}

  static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

  static final String REL_TYPE = REL_NS + "/";
  static final String TYPE_PREFIX = "application/vnd.openxmlformats-officedocument.";

  /** Excel's limits: rows and columns of a sheet, characters of a cell, characters of a sheet name. */
  static final int MAX_ROWS = 1_048_576;
  static final int MAX_COLUMNS = 16_384;
  static final int MAX_CELL_CHARS = 32_767;
  static final int MAX_SHEET_NAME = 31;

  static final String APP = XML_HEADER + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/"
      + "2006/extended-properties\"><Application>dvht</Application></Properties>";

  /** The package's core properties: who made it and when. */
  static String core(String creator, java.time.LocalDate created) {
    return core(creator, created, "");
  }

  /** The core properties with a description (the stamp a document carries for whoever checks it). */
  static String core(String creator, java.time.LocalDate created, String description) {
    return XML_HEADER + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
        + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>" + escape(creator)
        + "</dc:creator>" + (description.isEmpty() ? "" : "<dc:description>" + escape(description)
        + "</dc:description>") + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "T00:00:00Z</dcterms:created>"
        + "</cp:coreProperties>";
  }

  static String relationships(String body) {
    return XML_HEADER + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">" + body + "</Relationships>";
  }

  /** A relationship of an officeDocument type ({@code worksheet}, {@code styles}, …). */
  static String rel(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + REL_TYPE + type + "\" Target=\"" + target + "\"/>";
  }

  /** The package relationships of a main part and its document properties. */
  static String packageRels(String main) {
    return relationships("<Relationship Id=\"rId1\" Type=\"" + REL_TYPE + "officeDocument\" Target=\"" + main + "\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + PACKAGE_REL_NS + "/metadata/core-properties\" "
        + "Target=\"docProps/core.xml\"/>" + rel("rId3", "extended-properties", "docProps/app.xml"));
  }

  /**
   * Text for markup built as a string (names, small parts, Word paragraphs); sheet data goes through
   * {@link XmlSink}. Characters XML cannot hold (controls, lone surrogates, U+FFFE/FFFF) become U+FFFD.
   */
  static String escape(String text) {
    if (plain(text)) {
      return text;
    }
    String legal = legal(text);
    StringBuilder out = new StringBuilder(legal.length() + 16);
    for (int i = 0; i < legal.length(); i++) {
      char c = legal.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The text with every character XML cannot hold as U+FFFD: the one rule, {@link XmlChars#legal}. */
  static String legal(String text) {
    return XmlChars.legal(text);
  }

  /** Nothing to escape: no markup character, no control, no surrogate, nothing past U+FFFD. */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c < 0x20 || Character.isSurrogate(c) || c >= 0xFFFE) {
        return false;
      }
    }
    return true;
  }

  /** Column letters of a 0-based column: 0 is A, 26 is AA. */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /** {@code A1} for 0-based row and column. */
  static String cell(int row, int column) {
    return column(column) + (row + 1);
  }

  /** {@code 'Sheet name'!$A$2:$A$9}, the sheet name quoted as formulas quote it. */
  static String absolute(String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {
    return quoted(sheet) + "!$" + column(firstColumn) + "$" + (firstRow + 1) + ":$" + column(lastColumn) + "$"
        + (lastRow + 1);
  }

  /** {@code 'Sheet name'!$C$1}. */
  static String absolute(String sheet, int row, int column) {
    return quoted(sheet) + "!$" + column(column) + "$" + (row + 1);
  }

  static String quoted(String sheet) {
    return "'" + sheet.replace("'", "''") + "'";
  }
}
