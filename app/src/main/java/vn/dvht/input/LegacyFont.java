package vn.dvht.input;

/**
 * Recognises Vietnamese typed in the old TCVN3 (ABC) or VNI fonts, which reads as Latin-1 gibberish
 * in Unicode ("Hä vµ tªn", "Hoï vaø teân"): many accented Latin-1 letters and no Vietnamese letters.
 */
final class LegacyFont {
  private LegacyFont() {}

  static boolean looksLegacy(java.util.List<RawRow> rows) {
    int latin1 = 0;
    int vietnamese = 0;
    for (RawRow row : rows.subList(0, Math.min(HeaderRow.SCAN_ROWS, rows.size()))) {
      for (String cell : row.cells()) {
        for (int i = 0; i < cell.length(); i++) {
          char c = cell.charAt(i);
          if (c >= '\u00A0' && c <= '\u00FF') {
            latin1++;
          } else if (isVietnamese(c)) {
            vietnamese++;
          }
        }
      }
    }
    return latin1 >= 3 && vietnamese == 0;
  }

  /** Letters only Vietnamese text has: ă â đ ê ô ơ ư and the precomposed letters with tones. */
  private static boolean isVietnamese(char c) {
    return c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
        || (c >= '\u1EA0' && c <= '\u1EF9');
  }
}
