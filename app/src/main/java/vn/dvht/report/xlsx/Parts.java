package vn.dvht.report.xlsx;

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
