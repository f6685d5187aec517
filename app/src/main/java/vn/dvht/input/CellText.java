package vn.dvht.input;

import vn.dvht.diag.Messages;

/** A worksheet cell's text from its type, style and stored value, as POI's usermodel would give it. */
final class CellText {
  /** The serial day after 31/12/9999, the last day Excel shows; larger date-styled numbers stay numbers. */
  private static final double LAST_SERIAL_DAY = 2_958_466;

  private CellText() {}

  /** A cell's text from its type, style, {@code <v>} and inline text, as POI's usermodel would give it. */
  static String of(String type, int style, String value, String inline, SharedStrings sharedStrings,
      boolean[] dateStyles, boolean date1904) {
    if ("inlineStr".equals(type)) {
      return inline == null ? "" : inline;
    }
    if (value == null) {
      return "";
    }
    if ("s".equals(type)) {
      int index = wholeOrMinusOne(value.strip());
      if (index < 0 || index >= sharedStrings.size()) {
        throw new SheetScanner.BadCellException.Reason(Messages.get("input.missingSharedString", value.strip(), sharedStrings.size()));
      }
      return sharedStrings.get(index);
    }
    if ("b".equals(type)) {
      return value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
    }
    if ("str".equals(type)) {
      return value;
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
      throw new SheetScanner.BadCellException.Reason(Messages.get("input.badStoredNumber", value));
    }
    if (dateStyled && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(number) && number < LAST_SERIAL_DAY) {
      return XlsxStreamReader.date(number, date1904);
    }
    return WorkbookReader.number(number);
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
