package vn.dvht.input;

import vn.dvht.diag.Message;

/** A worksheet cell's text from its type, style and stored value, as POI's usermodel would give it. */
final class CellText {
  /** The serial day after 31/12/9999, the last day Excel shows; larger date-styled numbers stay numbers. */
  private static final double LAST_SERIAL_DAY = 2_958_466;

  private CellText() {}

  /** A cell's text from its type, style, {@code <v>} and inline text, as POI's usermodel would give it. */
  static String of(String type, int style, String value, String inline, SharedStrings sharedStrings,
      boolean[] dateStyles, boolean date1904) {
    if ("inlineStr".equals(type)) {
      return inline == null ? "" : unescape(inline);
    }
    if (value == null) {
      return "";
    }
    if ("s".equals(type)) {
      int index = wholeOrMinusOne(value.strip());
      if (index < 0 || index >= sharedStrings.size()) {
        throw new SheetScanner.BadCellException.Reason(Message.of("input.missingSharedString", value.strip(), sharedStrings.size()));
      }
      return sharedStrings.get(index);
    }
    if ("b".equals(type)) {
      return value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
    }
    if ("str".equals(type)) {
      return unescape(value);
    }
    if ("e".equals(type)) {
      return value.isBlank() ? value : RawRow.formulaError(value.strip());
    }
    boolean dateStyled = style < dateStyles.length && dateStyles[style];
    if (!dateStyled && isPlainWhole(value)) {
      return value;
    }
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new SheetScanner.BadCellException.Reason(Message.of("input.badStoredNumber", value));
    }
    if (dateStyled && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(number) && number < LAST_SERIAL_DAY) {
      return XlsxStreamReader.date(number, date1904);
    }
    return WorkbookReader.number(number);
  }

  /**
   * Text with OOXML's {@code _xHHHH_} escapes decoded, as POI's usermodel decodes them: Excel writes a
   * character XML cannot hold (a control character) as {@code _x001B_}, and a literal {@code _x} that
   * would read as an escape with its underscore written {@code _x005F_}. Scanned left to right, an
   * escape consuming its closing underscore ({@code _x005F_x0041_} is {@code _x0041_}). The two
   * noncharacters U+FFFE and U+FFFF, which dvht uses to mark formula cells, become U+FFFD. The
   * decoded characters are then shown and left out of matching like any other control character.
   */
  static String unescape(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int i = at; i >= 0 && i + 7 <= text.length(); i = text.indexOf("_x", i)) {
      int code = text.charAt(i + 6) == '_' ? hex4(text, i + 2) : -1;
      if (code < 0) {
        i++;
        continue;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, copied, i).append(withoutMarks((char) code));
      i += 7;
      copied = i;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The text with U+FFFE and U+FFFF, which no cell can mean and which mark formula cells, as U+FFFD. */
  static String withoutMarks(String text) {
    return text.indexOf(RawRow.UNCALCULATED) < 0 && text.indexOf(RawRow.FORMULA_ERROR) < 0 ? text
        : text.replace(RawRow.UNCALCULATED, '\uFFFD').replace(RawRow.FORMULA_ERROR, '\uFFFD');
  }

  private static char withoutMarks(char c) {
    return c == RawRow.UNCALCULATED || c == RawRow.FORMULA_ERROR ? '\uFFFD' : c;
  }

  private static int hex4(String text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0 || text.charAt(i) > 'f') {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private static int wholeOrMinusOne(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** "0" or up to 15 digits without a leading zero: already the text {@link WorkbookReader#number} would give. */
  private static boolean isPlainWhole(String value) {
    int length = value.length();
    if (length == 0 || length > 15 || (value.charAt(0) == '0' && length > 1)) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
