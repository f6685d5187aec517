package vn.dvht.report;

import java.io.IOException;
import java.util.List;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Verdicts;
import vn.dvht.model.Indicator;
import vn.dvht.model.Population;
import vn.dvht.report.ooxml.SheetLayout;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * Sheet "Thành viên": every member, one row each in reading order, with their verdict on each share
 * indicator ("Đạt", "Chưa đạt", blank when not counted for it), failures highlighted and a filter on
 * every column. Written row by row from the roster and the verdicts, so its size costs no memory.
 * Past Excel's 1,048,576 rows a sheet says so in its last row and the list goes on in "Thành viên (2)".
 */
final class XlsxMembersSheet {
  private static final int FIXED = 5;
  /** Members from which the grid is compressed on a second thread: a batch's small units keep to one. */
  private static final int LARGE = 20_000;
  /** Rows of a sheet: Excel's limit. */
  static final int EXCEL_ROWS = 1_048_576;

  private final WorkbookStyles styles;
  private final EvaluationResult result;
  private final MemberRoster roster;
  private final int rowsPerSheet;

  XlsxMembersSheet(WorkbookStyles styles, EvaluationResult result, MemberRoster roster) {
    this(styles, result, roster, EXCEL_ROWS);
  }

  /** @param rowsPerSheet the rows of one sheet: header, members, and the last row saying where the list goes on */
  XlsxMembersSheet(WorkbookStyles styles, EvaluationResult result, MemberRoster roster, int rowsPerSheet) {
    if (roster.size() != result.verdicts().members()) {
      throw new IllegalStateException(roster.size() + " members named for " + result.verdicts().members() + " verdicts");
    }
    this.styles = styles;
    this.result = result;
    this.roster = roster;
    this.rowsPerSheet = rowsPerSheet;
  }

  /** Members one sheet holds: all its rows but the header and the last, which may say where the list goes on. */
  int perSheet() {
    return rowsPerSheet - 2;
  }

  void write(XlsxWriter book) throws IOException {
    Verdicts verdicts = result.verdicts();
    List<Indicator> indicators = verdicts.indicators();
    List<Population> populations = result.ruleset().populations();
    String passed = Messages.get("members.passed");
    String failed = Messages.get("members.failed");
    MemberRoster.Cursor member = roster.cursor();
    int sheets = Math.max(1, (verdicts.members() + perSheet() - 1) / perSheet());
    int index = 0;
    for (int part = 1; part <= sheets; part++) {
      SheetWriter sheet = book.sheet(name(part), layout(indicators.size()), verdicts.members() > LARGE);
      header(sheet, indicators);
      int last = Math.min(verdicts.members(), index + perSheet());
      int firstRow = sheet.current() + 1;
      for (; index < last; index++) {
        member.next();
        sheet.row().number(0, index + 1L, styles.cellNumber).number(1, member.row(), styles.cellNumber)
            .text(2, member.name(), styles.cell).text(3, member.memberId(), styles.cell)
            .label(4, populations.get(member.population()).label(), styles.cell);
        for (int i = 0; i < indicators.size(); i++) {
          switch (verdicts.of(i, index)) {
            case PASSED -> sheet.label(FIXED + i, passed, styles.cellPassed);
            case FAILED -> sheet.label(FIXED + i, failed, styles.cellFailed);
            default -> sheet.text(FIXED + i, "", styles.cell);
          }
        }
      }
      sheet.autoFilter(0, 0, Math.max(firstRow, sheet.current()), FIXED + indicators.size() - 1);
      if (part < sheets) {
        sheet.row().text(2, Messages.get("members.continued", name(part + 1), index + 1), styles.bold);
      }
    }
  }

  private static String name(int part) {
    String base = Messages.get("xlsx.membersSheet");
    return part == 1 ? base : base + " (" + part + ")";
  }

  private void header(SheetWriter sheet, List<Indicator> indicators) throws IOException {
    sheet.row();
    String[] keys = {"col.number", "col.row", "col.name", "col.memberId", "col.subject"};
    for (int c = 0; c < keys.length; c++) {
      sheet.text(c, Messages.get(keys[c]), styles.header);
    }
    for (int i = 0; i < indicators.size(); i++) {
      sheet.text(FIXED + i, indicators.get(i).id() + "\n" + indicators.get(i).shortText(), styles.header);
    }
  }

  private static SheetLayout layout(int indicators) {
    double[] widths = new double[FIXED + indicators];
    double[] fixed = {8, 7, 28, 14, 12};
    System.arraycopy(fixed, 0, widths, 0, FIXED);
    java.util.Arrays.fill(widths, FIXED, widths.length, 16);
    return WorkbookStyles.page(widths).frozen(3, 1).repeating(1);
  }
}
