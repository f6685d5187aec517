package vn.dvht.report;

import vn.dvht.diag.Wording;
import vn.dvht.report.ooxml.SheetLayout;
import vn.dvht.report.ooxml.Style;
import vn.dvht.report.ooxml.StyleSheet;

/** The cell styles of the workbooks dvht writes (Times New Roman 12 pt, as official forms use), by number. */
final class WorkbookStyles {
  static final Style.Font BASE = Style.Font.of(12, false, false);
  private static final Style.Font STRONG = Style.Font.of(12, true, false);
  private static final String GREY = "FFC0C0C0";
  private static final String ROSE = "FFFF99CC";
  private static final String RED = "FFFF0000";
  /** A partly met result: dark amber on light amber (Excel's "Neutral"), apart from red on rose. */
  static final String AMBER_TEXT = "FF9C5700";
  static final String AMBER = "FFFFEB9C";

  final StyleSheet sheet = new StyleSheet(BASE);
  final int plain = sheet.add(Style.of(BASE));
  final int wrapped = sheet.add(Style.of(BASE).wrapped());
  final int bold = sheet.add(Style.of(STRONG));
  final int centeredBold = sheet.add(Style.of(STRONG).aligned("center"));
  final int italic = sheet.add(Style.of(Style.Font.of(12, false, true)).aligned("center"));
  final int title = sheet.add(Style.of(Style.Font.of(14, true, false)).aligned("center"));
  final int header = sheet.add(Style.of(STRONG).bordered().wrapped().aligned("center").vertical("center").filled(GREY));
  final int cell = sheet.add(Style.of(BASE).bordered());
  final int cellWrapped = sheet.add(Style.of(BASE).bordered().wrapped());
  final int cellNumber = sheet.add(Style.of(BASE).bordered().aligned("right"));
  final int cellPercent = sheet.add(Style.of(BASE).bordered().formatted("0.00 %"));
  private final int[] cellPercents = new int[7];
  final int cellFailed = sheet.add(Style.of(STRONG.colored(RED)).bordered().filled(ROSE));
  final int cellPassed = sheet.add(Style.of(BASE).bordered());
  /** The stamp line: smaller than the text around it, still 9 pt or more at the 80 % a sheet may print at. */
  final int smallWrapped = sheet.add(Style.of(Style.Font.of(11.5, false, true)).wrapped());

  final int heading = sheet.add(Style.of(Style.Font.of(14, true, false)));
  final int italicLeft = sheet.add(Style.of(Style.Font.of(12, false, true)));
  /** Wrapped: "Đạt một phần: 9,5/10 điểm — còn thiếu 2 thành viên" is wider than its column. */
  final int cellPartial = sheet.add(Style.of(STRONG.colored(AMBER_TEXT)).bordered().wrapped().filled(AMBER));

  /**
   * A share cell shown with {@code decimals} decimals: the cell holds the exact fraction, and a failing
   * share needs more than two so that it does not display its threshold.
   */
  int cellPercent(int decimals) {
    int d = Math.max(2, Math.min(decimals, cellPercents.length - 1));
    if (d == 2) {
      return cellPercent;
    }
    if (cellPercents[d] == 0) {
      cellPercents[d] = sheet.add(Style.of(BASE).bordered().formatted("0." + "0".repeat(d) + " %"));
    }
    return cellPercents[d];
  }

  /**
   * A4 landscape at the largest scale from 80 % that fits the columns ({@link SheetLayout#printScale}),
   * columns {@code widths} characters wide, the page number at the foot.
   */
  static SheetLayout page(Wording words, double... widths) {
    return SheetLayout.of(widths).withFooter(words.get("xlsx.footer"));
  }
}
