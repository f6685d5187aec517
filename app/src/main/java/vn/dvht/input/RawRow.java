package vn.dvht.input;

import java.util.List;
import vn.dvht.diag.Message;

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

  /** Starts the text of a cell whose saved value is a formula error (#REF!, #N/A, …); U+FFFE cannot occur in XML. */
  static final char FORMULA_ERROR = '\uFFFE';

  static String uncalculated(String formula) {
    return UNCALCULATED + "=" + formula;
  }

  static String formulaError(String error) {
    return FORMULA_ERROR + error;
  }

  static boolean isUncalculated(String text) {
    return !text.isEmpty() && text.charAt(0) == UNCALCULATED;
  }

  static boolean isFormulaError(String text) {
    return !text.isEmpty() && text.charAt(0) == FORMULA_ERROR;
  }

  /** Whether a cell holds no value a count may use: a formula without its result, or a formula error. */
  static boolean isUnusable(String text) {
    return isUncalculated(text) || isFormulaError(text);
  }

  /** The text without the formula mark: "=SUM(A1:A3)" for a formula saved without its result, "#REF!" for an error. */
  static String plain(String text) {
    return isUnusable(text) ? text.substring(1) : text;
  }

  /** Excel's limit on the characters of one cell; a report could not hold a longer text. */
  static final int MAX_CELL = 32_767;

  /** The text, cut to {@link #MAX_CELL} characters (never inside a surrogate pair) after telling {@code cut}. */
  static String fitted(String text, Runnable cut) {
    if (text.length() <= MAX_CELL) {
      return text;
    }
    cut.run();
    int end = Character.isHighSurrogate(text.charAt(MAX_CELL - 1)) ? MAX_CELL - 1 : MAX_CELL;
    return text.substring(0, end);
  }

  /** The cells as a person reads them, without the marks of formulas that give no value. */
  public List<String> plainCells() {
    return cells.stream().map(RawRow::plain).toList();
  }

  /** A cell text as a message quotes it: a formula as "=…", a very long text cut short with its length. */
  static Object shown(String text) {
    String plain = plain(text);
    if (plain.length() <= SHOWN) {
      return plain;
    }
    return Message.of("input.longText", plain.substring(0, SHOWN - 20).strip(), plain.length());
  }

  /** {@link #shown} with control characters shown by code ({@link vn.dvht.diag.Visible}), for a terminal. */
  static Object shownVisible(String text) {
    String plain = plain(text);
    if (plain.length() <= SHOWN) {
      return vn.dvht.diag.Visible.of(plain);
    }
    return Message.of("input.longText", vn.dvht.diag.Visible.of(plain.substring(0, SHOWN - 20).strip()), plain.length());
  }

  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
