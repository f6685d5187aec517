package vn.dvht.input;

import java.util.List;

/**
 * Recognises Vietnamese typed in the old TCVN3 (ABC) or VNI fonts, which reads as Latin-1 gibberish
 * in Unicode ("Hä vµ tªn", "Hoï vaø teân"): a row with several Latin-1 signs that Vietnamese never
 * uses (ä µ ª ï ø …) and no letters only Vietnamese has. Plain Unicode Vietnamese shares à á â ê ô …
 * with Latin-1, so those do not count.
 */
final class LegacyFont {
  /** The Latin-1 letters of the Vietnamese alphabet. */
  private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

  private LegacyFont() {}

  static boolean looksLegacy(List<RawRow> rows) {
    for (RawRow row : rows.subList(0, Math.min(HeaderRow.SCAN_ROWS, rows.size()))) {
      if (looksLegacy(row)) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLegacy(RawRow row) {
    int foreign = 0;
    for (String cell : row.cells()) {
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (isVietnamese(c)) {
          return false;
        }
        if (c > '\u00A0' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0) {
          foreign++;
        }
      }
    }
    return foreign >= 3;
  }

  /** Letters only Vietnamese text has: ă đ ơ ư and the precomposed letters with tones. */
  private static boolean isVietnamese(char c) {
    return c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
        || (c >= '\u1EA0' && c <= '\u1EF9');
  }
}
