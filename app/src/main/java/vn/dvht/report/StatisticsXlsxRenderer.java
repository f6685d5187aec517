package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Wording;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Deadlines;
import vn.dvht.office.Office;
import vn.dvht.office.Statistics;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * The statistics the office reports upward ({@code thong-ke-bao-cao.xlsx}, Điều 18 khoản 3, Điều 20
 * khoản 3): units by result in all, by unit type and by authority level — recognised at each level, not
 * recognised, still recognised, lapsed, never asked — each row and column totalled, with the date the
 * report is due.
 */
final class StatisticsXlsxRenderer {
  void render(OfficeFile.Context context, OutputStream out) throws IOException {
    Wording words = context.wording();
    WorkbookStyles styles = new WorkbookStyles();
    XlsxWriter book = new XlsxWriter(out, styles.sheet, "dvht " + context.version(), context.date());
    Statistics stats = context.statistics();
    double[] widths = new double[stats.columns().size() + 2];
    java.util.Arrays.fill(widths, 13);
    widths[0] = 34;
    SheetWriter sheet = book.sheet(words.get("office.stats.sheet"), WorkbookStyles.page(words, widths));
    AppraisalBook appraisal = context.book();
    Office office = appraisal.office();
    List<vn.dvht.model.Level> levels = appraisal.ruleset().levels();
    int last = widths.length - 1;
    sheet.row(0).merged(0, last, words.get("office.stats.title", OfficeFields.upper(OfficePhrases.authority(
        appraisal.ruleset(), office.authority())), office.year()), styles.title);
    sheet.row(1).merged(0, last, office.name() + " — " + words.get("md.date", Phrases.date(context.date())),
        styles.italic);
    sheet.row(2).merged(0, last, due(words, appraisal), styles.italic);
    sheet.row(4);
    table(words, sheet, styles, words.get("office.stats.total"), stats.columns(),
        Map.of(words.get("office.stats.allUnits"), stats.total()), levels);
    sheet.row(sheet.current() + 2);
    table(words, sheet, styles, words.get("office.stats.byType"), stats.columns(), stats.byType(), levels);
    sheet.row(sheet.current() + 2);
    table(words, sheet, styles, words.get("office.stats.byAuthority"), stats.columns(), stats.byAuthority(), levels);
    sheet.row(sheet.current() + 2).merged(0, last, words.get("office.stats.unread", stats.unread()), styles.plain);
    sheet.row(sheet.current() + 2).merged(0, last, context.stamp(), styles.smallWrapped);
    book.finish();
  }

  private static String due(Wording words, AppraisalBook book) {
    Office office = book.office();
    return Deadlines.report(book.ruleset(), office.authority(), office.year())
        .map(d -> words.get("office.stats.dueDistrict", Phrases.date(d.date()), d.citation()))
        .orElse(words.get("office.stats.dueProvince"));
  }

  private static void table(Wording words, SheetWriter sheet, WorkbookStyles styles, String title, List<String> columns,
      Map<String, long[]> rows, List<vn.dvht.model.Level> levels) throws IOException {
    sheet.text(0, title, styles.header);
    for (int c = 0; c < columns.size(); c++) {
      sheet.text(c + 1, label(words, columns.get(c), levels), styles.header);
    }
    sheet.text(columns.size() + 1, words.get("office.stats.sum"), styles.header);
    long[] totals = new long[columns.size()];
    for (Map.Entry<String, long[]> row : rows.entrySet()) {
      sheet.row().text(0, row.getKey().isEmpty() ? words.get("office.stats.unknownType") : row.getKey(),
          styles.cellWrapped);
      long sum = 0;
      for (int c = 0; c < columns.size(); c++) {
        sheet.number(c + 1, row.getValue()[c], styles.cellNumber);
        sum += row.getValue()[c];
        totals[c] += row.getValue()[c];
      }
      sheet.number(columns.size() + 1, sum, styles.cellNumber);
    }
    if (rows.size() > 1) {
      sheet.row().text(0, words.get("office.stats.sum"), styles.header);
      long sum = 0;
      for (int c = 0; c < columns.size(); c++) {
        sheet.number(c + 1, totals[c], styles.cellNumber);
        sum += totals[c];
      }
      sheet.number(columns.size() + 1, sum, styles.cellNumber);
    }
  }

  /** A category's heading: "Công nhận Mức độ 2", "Không công nhận", …. */
  static String label(Wording words, String key, List<vn.dvht.model.Level> levels) {
    if (key.startsWith(Statistics.RECOGNISED)) {
      String id = key.substring(Statistics.RECOGNISED.length());
      return words.get("office.category.recognised", levels.stream().filter(l -> l.id().equals(id))
          .map(l -> l.label()).findFirst().orElse(id));
    }
    return words.get("office.category." + key);
  }
}
