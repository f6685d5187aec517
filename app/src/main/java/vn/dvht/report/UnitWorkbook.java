package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.dvht.diag.Wording;
import vn.dvht.eval.VerdictLookup;
import vn.dvht.model.Indicator;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * A unit's summary workbook written in two steps, so that a unit of any size costs no memory and
 * little time: {@link #member} writes each member's row of the grid while the unit is being read (the
 * grid is the first sheet in the file, the third in the workbook); {@link #finish} then writes the
 * summary, the chart and the follow-up list from the assessment and ends the package.
 *
 * <pre>{@code
 * UnitWorkbook book = UnitWorkbook.start(out, ruleset, ruleset.sharesFor(profile), "dvht 1.0", date, false);
 * members.forEach(m -> { tally.accept(m); book.member(m, tally.members() - 1, tally); });
 * book.finish(assessment);
 * }</pre>
 */
public final class UnitWorkbook {
  /** Where the follow-up list stands among the sheets: after every sheet of the grid (and before its own continuations). */
  private static final int GAPS_PLACE = Integer.MAX_VALUE / 2;

  private final XlsxWriter book;
  private final WorkbookStyles styles;
  private final MemberGrid grid;
  private final int rowsPerSheet;

  private UnitWorkbook(XlsxWriter book, WorkbookStyles styles, MemberGrid grid, int rowsPerSheet) {
    this.book = book;
    this.styles = styles;
    this.grid = grid;
    this.rowsPerSheet = rowsPerSheet;
  }

  /**
   * Starts the workbook in {@code out} for a unit whose share indicators are {@code shares}; a
   * {@code large} unit has its grid compressed on a second thread.
   */
  public static UnitWorkbook start(Wording words, OutputStream out, Ruleset ruleset, List<Indicator> shares, String creator,
      LocalDate date, boolean large) {
    return start(words, out, ruleset, shares, creator, date, large, MemberGrid.EXCEL_ROWS);
  }

  static UnitWorkbook start(Wording words, OutputStream out, Ruleset ruleset, List<Indicator> shares, String creator,
      LocalDate date, boolean large, int rowsPerSheet) {
    WorkbookStyles styles = new WorkbookStyles();
    XlsxWriter book = new XlsxWriter(out, styles.sheet, creator, date);
    return new UnitWorkbook(book, styles, new MemberGrid(words, book, styles, ruleset, shares, rowsPerSheet, large),
        rowsPerSheet);
  }

  /** The next member's row: member number {@code index} (from 0), its verdicts from {@code verdicts}. */
  public void member(Member member, int index, VerdictLookup verdicts) throws IOException {
    grid.add(member, index, verdicts);
  }

  /** The rest of the workbook, from the unit's assessment, whose verdicts the grid's rows must be. */
  public void finish(Assessment assessment) throws IOException {
    int listed = grid.finish();
    if (listed != assessment.result().verdicts().members()) {
      throw new IllegalStateException(listed + " members in the grid for " + assessment.result().verdicts().members());
    }
    new XlsxSummarySheet(styles, assessment).write(assessment.wording(), book);
    new XlsxChartSheet(styles, assessment.result()).write(assessment.wording(), book);
    new XlsxGapsSheet(styles, assessment, rowsPerSheet).write(book, GAPS_PLACE);
    book.finish();
  }

  /** After a failure: stops what runs in the background; the stream then holds no workbook. */
  public void abort() {
    book.abort();
  }
}
