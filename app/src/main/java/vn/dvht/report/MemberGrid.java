package vn.dvht.report;

import java.io.IOException;
import java.util.List;
import vn.dvht.diag.Wording;
import vn.dvht.eval.VerdictLookup;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Population;
import vn.dvht.model.Ruleset;
import vn.dvht.report.ooxml.SheetLayout;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * Sheet "Thành viên": every member, one row each in reading order, with their verdict on each share
 * indicator ("Đạt", "Chưa đạt", blank when not counted for it), failures highlighted and a filter on
 * every column. A title computed from the members' own scores (Quyết định 324) adds two columns before the
 * indicators when the unit's sheet carries its score columns (decided once, by the first member's checked
 * titles): the member's total, and whether the scores or the title column counted. Written a row at a time as
 * members come — while the unit is read — so its size costs no memory. Past Excel's 1,048,576 rows a sheet says so in its last row and the list goes on in
 * "Thành viên (2)".
 */
final class MemberGrid {
  private final Wording words;
  private static final int FIXED = 5;
  /** Rows of a sheet: Excel's limit. */
  static final int EXCEL_ROWS = 1_048_576;
  /** Where the grid's sheets stand among the workbook's: after the summary and the chart. */
  static final int PLACE = 2;

  private final WorkbookStyles styles;
  private final List<Indicator> indicators;
  private final List<Population> populations;
  /** Begun with the first member (or at the end, for none): the score columns are known then. */
  private SheetSeries sheets;
  private final XlsxWriter book;
  private final int rowsPerSheet;
  private final boolean large;
  private final XlsxWriter.Label passed;
  private final XlsxWriter.Label failed;
  private final XlsxWriter.Label[] populationLabels;
  /** The titles computed from scores that the indicators read. */
  private final List<MemberTest.Scored> titles;
  /** Those of {@link #titles} the unit's sheet carries the scores of, two columns each; set with {@link #sheets}. */
  private List<MemberTest.Scored> scored = List.of();
  private final XlsxWriter.Label fromScores;
  private final XlsxWriter.Label fromTitle;
  private final Ruleset ruleset;
  private int members;
  private int firstRow;

  /**
   * @param indicators the share indicators that apply to the unit, in the order of its verdicts
   * @param rowsPerSheet the rows of one sheet: header, members, and a last row saying where the list goes on
   * @param large whether the unit is large enough to compress the grid on a second thread
   */
  MemberGrid(Wording words, XlsxWriter book, WorkbookStyles styles, Ruleset ruleset, List<Indicator> indicators, int rowsPerSheet,
      boolean large) {
    this.words = words;
    this.styles = styles;
    this.indicators = List.copyOf(indicators);
    this.ruleset = ruleset;
    this.titles = indicators.stream().map(Indicator::measure).filter(Measure.Share.class::isInstance)
        .map(m -> ((Measure.Share) m).test()).filter(MemberTest.Scored.class::isInstance)
        .map(MemberTest.Scored.class::cast).distinct().toList();
    this.populations = ruleset.populations();
    this.book = book;
    this.rowsPerSheet = rowsPerSheet;
    this.large = large;
    this.passed = book.label(words.get("members.passed"));
    this.failed = book.label(words.get("members.failed"));
    this.populationLabels = populations.stream().map(p -> book.label(p.label())).toArray(XlsxWriter.Label[]::new);
    this.fromScores = book.label(words.get("members.titleFromScores"));
    this.fromTitle = book.label(words.get("members.titleGiven"));
  }

  /** The first column of the indicators' verdicts, after the score columns. */
  private int first() {
    return FIXED + 2 * scored.size();
  }

  /** Member number {@code index} (from 0, as the verdicts count them). */
  void add(Member member, int index, VerdictLookup verdicts) throws IOException {
    if (index != members) {
      throw new IllegalStateException("member " + index + " after " + members);
    }
    if (sheets == null) {
      begin(titles.stream().filter(t -> member.titles().containsKey(t.field())).toList());
    }
    SheetWriter sheet = sheets.row().number(0, index + 1L, styles.cellNumber)
        .number(1, member.source().row(), styles.cellNumber).text(2, member.name(), styles.cell).text(3, member.memberId(), styles.cell)
        .label(4, population(member.population()), styles.cell);
    for (int t = 0; t < scored.size(); t++) {
      MemberTest.Title title = scored.get(t).title(member);
      if (title.fromScores()) {
        sheet.number(FIXED + 2 * t, title.check().total(), styles.cellNumber)
            .label(FIXED + 2 * t + 1, fromScores, styles.cell);
      } else {
        sheet.text(FIXED + 2 * t, "", styles.cell).label(FIXED + 2 * t + 1, fromTitle, styles.cell);
      }
    }
    for (int i = 0; i < indicators.size(); i++) {
      switch (verdicts.of(i, index)) {
        case PASSED -> sheet.label(first() + i, passed, styles.cellPassed);
        case FAILED -> sheet.label(first() + i, failed, styles.cellFailed);
        default -> sheet.text(first() + i, "", styles.cell);
      }
    }
    members++;
  }

  /** Ends the grid (a header alone when there were no members); returns how many members it lists. */
  int finish() throws IOException {
    if (sheets == null) {
      begin(List.of());
    }
    filter(sheets.sheet());
    return members;
  }

  /** Begins the grid's sheets with two columns for each title in {@code carried}. */
  private void begin(List<MemberTest.Scored> carried) {
    scored = List.copyOf(carried);
    sheets = new SheetSeries(book, words.get("xlsx.memberGridSheet"), layout(words, 2 * scored.size(), indicators.size()),
        large, PLACE, rowsPerSheet, new Pages());
  }

  /** Each sheet's header row; a full sheet's filter and, in its last row, where the list goes on. */
  private final class Pages implements SheetSeries.Pages {
    @Override
    public void head(SheetWriter sheet) throws IOException {
      sheet.row();
      String[] keys = {"col.number", "col.row", "col.name", "col.memberId", "col.subject"};
      for (int c = 0; c < keys.length; c++) {
        sheet.text(c, words.get(keys[c]), styles.header);
      }
      for (int t = 0; t < scored.size(); t++) {
        String title = ruleset.field(scored.get(t).field()).header();
        sheet.text(FIXED + 2 * t, words.get("col.scoreTotal", title), styles.header)
            .text(FIXED + 2 * t + 1, words.get("col.titleCounted", title), styles.header);
      }
      for (int i = 0; i < indicators.size(); i++) {
        sheet.text(first() + i, indicators.get(i).id() + "\n" + indicators.get(i).shortText(), styles.header);
      }
      firstRow = sheet.current() + 1;
    }

    @Override
    public void full(SheetWriter sheet, String next) throws IOException {
      filter(sheet);
      sheet.row().text(2, words.get("members.continued", next, members + 1), styles.bold);
    }
  }

  private void filter(SheetWriter sheet) {
    sheet.autoFilter(0, 0, Math.max(firstRow, sheet.current()), first() + indicators.size() - 1);
  }

  private XlsxWriter.Label population(String id) {
    for (int i = 0; i < populations.size(); i++) {
      if (populations.get(i).id().equals(id)) {
        return populationLabels[i];
      }
    }
    throw new IllegalArgumentException("population " + id);
  }

  private static SheetLayout layout(Wording words, int scoreColumns, int indicators) {
    double[] widths = new double[FIXED + scoreColumns + indicators];
    // 59 characters and 11 per indicator ("Chưa đạt" fits): nine indicators across A4 landscape at 80 %.
    double[] fixed = {6, 6, 23, 11, 13};
    System.arraycopy(fixed, 0, widths, 0, FIXED);
    // Score columns as wide as an indicator's: seven indicators and one title's two columns fit as nine do.
    java.util.Arrays.fill(widths, FIXED, widths.length, 11);
    // Wider than a page at 80 %: the indicator columns go on pages across, number, row and name repeated.
    return WorkbookStyles.page(words, widths).frozen(3, 1).repeating(1).repeatingColumns(3);
  }
}
