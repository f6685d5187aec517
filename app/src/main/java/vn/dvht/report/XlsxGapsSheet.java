package vn.dvht.report;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.eval.MemberGap;
import vn.dvht.model.Member;

/** Sheet "Cần bổ sung": every member who fails each indicator, then every data warning with its place. */
final class XlsxGapsSheet {
  private final XlsxStyles styles;
  private final Assessment assessment;

  XlsxGapsSheet(XlsxStyles styles, Assessment assessment) {
    this.styles = styles;
    this.assessment = assessment;
  }

  void write(Sheet sheet) {
    header(sheet.createRow(0), "col.indicator", "col.requirement", "col.sheet", "col.row", "col.name",
        "col.memberId", "col.value");
    int r = 1;
    for (MemberGap gap : assessment.result().gaps()) {
      for (Member m : gap.members()) {
        Row row = sheet.createRow(r++);
        XlsxStyles.text(row, 0, gap.indicator().id(), styles.cell);
        XlsxStyles.text(row, 1, gap.indicator().shortText(), styles.cell);
        XlsxStyles.text(row, 2, m.source().sheet(), styles.cell);
        XlsxStyles.number(row, 3, m.source().row(), styles.cellNumber);
        XlsxStyles.text(row, 4, m.name(), styles.cell);
        XlsxStyles.text(row, 5, m.memberId(), styles.cell);
        String value = m.answer(gap.field()).raw();
        XlsxStyles.text(row, 6, value.isEmpty() ? Messages.get("value.blank") : value, styles.cell);
      }
      if (!gap.complete()) {
        Row row = sheet.createRow(r++);
        XlsxStyles.text(row, 0, gap.indicator().id(), styles.cell);
        XlsxStyles.text(row, 1, Messages.get("gaps.more", gap.total() - gap.members().size()), styles.italic);
      }
    }
    if (r == 1) {
      XlsxStyles.merged(sheet, r++, 0, 6, Messages.get("md.noGaps"), styles.italic);
    }
    r++;
    XlsxStyles.merged(sheet, r++, 0, 6, Messages.get("md.warnings", assessment.warnings().size()), styles.bold);
    header(sheet.createRow(r++), "col.code", "col.message", "col.sheet", "col.row", "col.header", "col.column",
        "col.file");
    for (Diagnostic w : assessment.warnings()) {
      warning(sheet.createRow(r++), w);
    }
    XlsxStyles.widths(sheet, 10, 44, 14, 8, 30, 16, 24);
    for (Row row : sheet) {
      XlsxStyles.fitHeight(row);
    }
    sheet.createFreezePane(0, 1);
    sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
    XlsxStyles.printA4(sheet, true);
  }

  private void warning(Row row, Diagnostic w) {
    SourcePosition at = w.position();
    XlsxStyles.text(row, 0, w.code(), styles.cell);
    XlsxStyles.text(row, 1, w.message(), styles.cellWrapped);
    if (at instanceof SourcePosition.InSheet s) {
      XlsxStyles.text(row, 2, s.sheet(), styles.cell);
      if (s.row() > 0) {
        XlsxStyles.number(row, 3, s.row(), styles.cellNumber);
      } else {
        XlsxStyles.text(row, 3, "", styles.cell);
      }
      XlsxStyles.text(row, 4, s.header(), styles.cell);
      XlsxStyles.text(row, 5, s.column() >= 0 ? SourcePosition.columnLetters(s.column()) : "", styles.cell);
    } else {
      for (int c = 2; c < 6; c++) {
        XlsxStyles.text(row, c, "", styles.cell);
      }
    }
    XlsxStyles.text(row, 6, Path.of(at.file()).getFileName().toString(), styles.cell);
  }

  private void header(Row row, String... keys) {
    for (int c = 0; c < keys.length; c++) {
      XlsxStyles.text(row, c, Messages.get(keys[c]), styles.header);
    }
  }
}
