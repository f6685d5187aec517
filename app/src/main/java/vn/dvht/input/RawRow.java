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

  /** Starts the text of a formula cell saved without its computed value; U+FFFF cannot occur in XML text. */
  static final char UNCALCULATED = '\uFFFF';
  /** Longer cell texts are shortened when quoted in a message. */
  private static final int SHOWN = 80;

  static String uncalculated(String formula) {
    return UNCALCULATED + "=" + formula;
  }

  static boolean isUncalculated(String text) {
    return !text.isEmpty() && text.charAt(0) == UNCALCULATED;
  }

  /** The text without the formula mark: "=SUM(A1:A3)" for a formula saved without its result. */
  static String plain(String text) {
    return isUncalculated(text) ? text.substring(1) : text;
  }

  /** A cell text as a message quotes it: a formula as "=…", a very long text cut short with its length. */
  static String shown(String text) {
    String plain = plain(text);
    if (plain.length() <= SHOWN) {
      return plain;
    }
    return vn.dvht.diag.Messages.get("input.longText", plain.substring(0, SHOWN - 20).strip(), plain.length());
  }

  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
