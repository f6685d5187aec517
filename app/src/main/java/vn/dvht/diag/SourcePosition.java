package vn.dvht.diag;

/** Where a problem is: a place in a text file, a cell of a sheet, or a whole file. */
public sealed interface SourcePosition {
  String file();

  /** Line and column, both 1-based, in a YAML/JSON/CSV text. */
  record InText(String file, int line, int column) implements SourcePosition {}

  /**
   * A cell or row of a sheet: {@code row} as the spreadsheet shows it (1-based), {@code column}
   * 0-based or -1 for the whole row, {@code header} the column's header text or "".
   */
  record InSheet(String file, String sheet, int row, int column, String header) implements SourcePosition {
    public static InSheet column(String file, String sheet, int headerRow, int column, String header) {
      return new InSheet(file, sheet, headerRow, column, header);
    }
  }

  /** The file as a whole. */
  record InFile(String file) implements SourcePosition {}

  /** The column letters Excel shows for a 0-based column index: 0 → A, 27 → AB. */
  static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }
}
