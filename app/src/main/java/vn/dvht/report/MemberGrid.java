package vn.dvht.report;

import java.io.IOException;
import java.util.List;
import vn.dvht.diag.Messages;
import vn.dvht.eval.VerdictLookup;
import vn.dvht.model.Indicator;
import vn.dvht.model.Member;
import vn.dvht.model.Population;
import vn.dvht.model.Ruleset;
import vn.dvht.report.ooxml.SheetLayout;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * Sheet "Thành viên": every member, one row each in reading order, with their verdict on each share
 * indicator ("Đạt", "Chưa đạt", blank when not counted for it), failures highlighted and a filter on
 * every column. Written a row at a time as members come — while the unit is read — so its size costs
 * no memory. Past Excel's 1,048,576 rows a sheet says so in its last row and the list goes on in
 * "Thành viên (2)".
 */
final class MemberGrid {
  private static final int FIXED = 5;
  /** Rows of a sheet: Excel's limit. */
  static final int EXCEL_ROWS = 1_048_576;
  /** Where the grid's sheets stand among the workbook's: after the summary and the chart. */
  static final int PLACE = 2;

  private final WorkbookStyles styles;
  private final List<Indicator> indicators;
  private final List<Population> populations;
  private final SheetSeries sheets;
  private final XlsxWriter.Label passed;
  private final XlsxWriter.Label failed;
  private final XlsxWriter.Label[] populationLabels;
  private int members;
  private int firstRow;

  /**
   * @param indicators the share indicators that apply to the unit, in the order of its verdicts
   * @param rowsPerSheet the rows of one sheet: header, members, and a last row saying where the list goes on
   * @param large whether the unit is large enough to compress the grid on a second thread
   */
  MemberGrid(XlsxWriter book, WorkbookStyles styles, Ruleset ruleset, List<Indicator> indicators, int rowsPerSheet,
      boolean large) {
    this.styles = styles;
    this.indicators = List.copyOf(indicators);
    this.populations = ruleset.populations();
    this.sheets = new SheetSeries(book, Messages.get("xlsx.membersSheet"), layout(indicators.size()), large, PLACE,
        rowsPerSheet, new Pages());
    this.passed = book.label(Messages.get("members.passed"));
    this.failed = book.label(Messages.get("members.failed"));
    this.populationLabels = populations.stream().map(p -> book.label(p.label())).toArray(XlsxWriter.Label[]::new);
  }

  /** Member number {@code index} (from 0, as the verdicts count them). */
  void add(Member member, int index, VerdictLookup verdicts) throws IOException {
    if (index != members) {
      throw new IllegalStateException("member " + index + " after " + members);
    }
    SheetWriter sheet = sheets.row().number(0, index + 1L, styles.cellNumber)
        .number(1, member.source().row(), styles.cellNumber).text(2, member.name(), styles.cell).text(3, member.memberId(), styles.cell)
        .label(4, population(member.population()), styles.cell);
    for (int i = 0; i < indicators.size(); i++) {
      switch (verdicts.of(i, index)) {
        case PASSED -> sheet.label(FIXED + i, passed, styles.cellPassed);
        case FAILED -> sheet.label(FIXED + i, failed, styles.cellFailed);
        default -> sheet.text(FIXED + i, "", styles.cell);
      }
    }
    members++;
  }

  /** Ends the grid (a header alone when there were no members); returns how many members it lists. */
  int finish() throws IOException {
    filter(sheets.sheet());
    return members;
  }

  /** Each sheet's header row; a full sheet's filter and, in its last row, where the list goes on. */
  private final class Pages implements SheetSeries.Pages {
    @Override
    public void head(SheetWriter sheet) throws IOException {
      sheet.row();
      String[] keys = {"col.number", "col.row", "col.name", "col.memberId", "col.subject"};
      for (int c = 0; c < keys.length; c++) {
        sheet.text(c, Messages.get(keys[c]), styles.header);
      }
      for (int i = 0; i < indicators.size(); i++) {
        sheet.text(FIXED + i, indicators.get(i).id() + "\n" + indicators.get(i).shortText(), styles.header);
      }
      firstRow = sheet.current() + 1;
    }

    @Override
    public void full(SheetWriter sheet, String next) throws IOException {
      filter(sheet);
      sheet.row().text(2, Messages.get("members.continued", next, members + 1), styles.bold);
    }
  }

  private void filter(SheetWriter sheet) {
    sheet.autoFilter(0, 0, Math.max(firstRow, sheet.current()), FIXED + indicators.size() - 1);
  }

  private XlsxWriter.Label population(String id) {
    for (int i = 0; i < populations.size(); i++) {
      if (populations.get(i).id().equals(id)) {
        return populationLabels[i];
      }
    }
    throw new IllegalArgumentException("population " + id);
  }

  private static SheetLayout layout(int indicators) {
    double[] widths = new double[FIXED + indicators];
    // 59 characters and 11 per indicator ("Chưa đạt" fits): nine indicators across A4 landscape at 80 %.
    double[] fixed = {6, 6, 23, 11, 13};
    System.arraycopy(fixed, 0, widths, 0, FIXED);
    java.util.Arrays.fill(widths, FIXED, widths.length, 11);
    // Wider than a page at 80 %: the indicator columns go on pages across, number, row and name repeated.
    return WorkbookStyles.page(widths).frozen(3, 1).repeating(1).repeatingColumns(3);
  }
}
