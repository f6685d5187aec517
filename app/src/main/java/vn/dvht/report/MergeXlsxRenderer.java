package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Wording;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;
import vn.dvht.office.MergedSource;
import vn.dvht.office.MergedUnit;
import vn.dvht.office.UpwardMerge;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * Several offices' results in one workbook for the Sở or the Ministry ({@code dvht tong-hop}): the counts
 * of each source as it reported them and the total with each unit once; by unit type and by authority;
 * every unit with the office that reports it; the units reported twice; the sources with their SHA-256.
 */
public final class MergeXlsxRenderer {
  private final Ruleset ruleset;

  public MergeXlsxRenderer(Ruleset ruleset) {
    this.ruleset = ruleset;
  }

  public void render(Wording words, UpwardMerge merge, LocalDate date, OutputStream out) throws IOException {
    WorkbookStyles styles = new WorkbookStyles();
    XlsxWriter book = new XlsxWriter(out, styles.sheet, "dvht " + Stamp.toolVersion(), date);
    int columns = merge.columns().size();
    double[] widths = new double[columns + 3];
    java.util.Arrays.fill(widths, 12);
    widths[0] = 5;
    widths[1] = 36;
    SheetWriter sheet = book.sheet(words.get("office.merge.sheet"), WorkbookStyles.page(words, widths));
    sheet.row(0).merged(0, widths.length - 1, words.get("office.merge.title"), styles.title);
    sheet.row(1).merged(0, widths.length - 1, words.get("md.date", Phrases.date(date)), styles.italic);
    sheet.row(3).text(0, words.get("col.number"), styles.header).text(1, words.get("office.merge.source"), styles.header);
    header(words, sheet, styles, merge, 2);
    for (MergedSource source : merge.sources()) {
      sheet.row().number(0, source.number(), styles.cellNumber).text(1, source.office() + " (" + source.year() + ")",
          styles.cellWrapped);
      counts(sheet, styles, merge.countsOf(source), 2);
    }
    sheet.row().text(1, words.get("office.merge.total"), styles.header);
    counts(sheet, styles, merge.total(), 2);
    sheet.row(sheet.current() + 1).merged(0, widths.length - 1, words.get("office.merge.repeats",
        merge.repeats().size()), merge.repeats().isEmpty() ? styles.wrapped : styles.bold);
    table(words, sheet, styles, merge, words.get("office.stats.byType"), merge.by(u -> typeLabel(u.unitType())));
    table(words, sheet, styles, merge, words.get("office.stats.byAuthority"), merge.by(u -> authorityLabel(u.authority())));
    units(words, book.sheet(words.get("office.merge.unitsSheet"), WorkbookStyles.page(words, 5, 36, 24, 12, 30, 22, 12, 30)
        .frozen(2, 1).repeating(0, 1)), styles, merge);
    sources(words, book.sheet(words.get("office.merge.sourcesSheet"), WorkbookStyles.page(words, 5, 36, 40, 8, 66, 10)
        .repeating(0, 1)), styles, merge);
    book.finish();
  }

  private void header(Wording words, SheetWriter sheet, WorkbookStyles styles, UpwardMerge merge, int from) {
    List<Level> levels = ruleset.levels();
    for (int c = 0; c < merge.columns().size(); c++) {
      sheet.text(from + c, StatisticsXlsxRenderer.label(words, merge.columns().get(c), levels), styles.header);
    }
    sheet.text(from + merge.columns().size(), words.get("office.stats.sum"), styles.header);
  }

  private static void counts(SheetWriter sheet, WorkbookStyles styles, long[] counts, int from) {
    long sum = 0;
    for (int c = 0; c < counts.length; c++) {
      sheet.number(from + c, counts[c], styles.cellNumber);
      sum += counts[c];
    }
    sheet.number(from + counts.length, sum, styles.cellNumber);
  }

  private void table(Wording words, SheetWriter sheet, WorkbookStyles styles, UpwardMerge merge, String title, Map<String, long[]> rows)
      throws IOException {
    sheet.row(sheet.current() + 2).text(1, title, styles.header);
    header(words, sheet, styles, merge, 2);
    for (Map.Entry<String, long[]> row : rows.entrySet()) {
      sheet.row().text(1, row.getKey().isEmpty() ? words.get("office.stats.unknownType") : row.getKey(),
          styles.cellWrapped);
      counts(sheet, styles, row.getValue(), 2);
    }
  }

  private void units(Wording words, SheetWriter sheet, WorkbookStyles styles, UpwardMerge merge) throws IOException {
    String[] keys = {"col.number", "office.col.unit", "office.col.type", "batch.authority", "office.merge.source",
        "office.col.verdict", "office.col.until", "office.merge.repeat"};
    sheet.row(0);
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, words.get(keys[c]), styles.header);
    }
    int n = 1;
    for (MergedUnit unit : merge.units()) {
      String repeat = merge.repeats().stream().filter(r -> r.again() == unit).findFirst()
          .map(r -> words.get("office.merge.repeatOf", r.first().source().office(), r.first().source().number()))
          .orElse("");
      sheet.row().number(0, n++, styles.cellNumber).text(1, unit.name(), styles.cellWrapped)
          .text(2, typeLabel(unit.unitType()), styles.cellWrapped).text(3, authorityLabel(unit.authority()), styles.cell)
          .text(4, unit.source().office(), styles.cellWrapped)
          .text(5, StatisticsXlsxRenderer.label(words, unit.category(), ruleset.levels()), styles.cellWrapped)
          .text(6, unit.validUntil().isEmpty() ? "" : vn.dvht.office.Dates.show(LocalDate.parse(unit.validUntil())),
              styles.cell)
          .text(7, repeat, repeat.isEmpty() ? styles.cell : styles.cellFailed);
    }
  }

  private static void sources(Wording words, SheetWriter sheet, WorkbookStyles styles, UpwardMerge merge) throws IOException {
    String[] keys = {"col.number", "office.merge.source", "col.file", "batch.year", "office.merge.sha", "office.merge.dvht"};
    sheet.row(0);
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, words.get(keys[c]), styles.header);
    }
    for (MergedSource s : merge.sources()) {
      sheet.row().number(0, s.number(), styles.cellNumber).text(1, s.office(), styles.cellWrapped)
          .text(2, s.file(), styles.cellWrapped).number(3, s.year(), styles.cellNumber)
          .text(4, s.sha256(), styles.cellWrapped).text(5, s.dvht(), styles.cell);
    }
  }

  private String typeLabel(String id) {
    return ruleset.unitTypes().stream().filter(t -> t.id().equals(id)).map(t -> t.label()).findFirst().orElse(id);
  }

  private String authorityLabel(String id) {
    return OfficePhrases.authority(ruleset, id);
  }
}
