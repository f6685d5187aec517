package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import vn.dvht.report.ooxml.XlsxWriter;

/**
 * The summary workbook ("Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu"): sheet "Tổng hợp"
 * (national header, one table per level, verdict, signatures), "Biểu đồ" (each share against its
 * thresholds), "Thành viên" (every member, one column per share indicator) and "Cần bổ sung" (who
 * fails what, and every data warning). Counts and shares are numbers; names and free text always
 * text, never formulas. Written as it streams out: memory does not grow with the members.
 */
final class XlsxRenderer implements Renderer {

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    WorkbookStyles styles = new WorkbookStyles();
    XlsxWriter book = new XlsxWriter(out, styles.sheet, "dvht " + assessment.stamp().version(),
        assessment.stamp().reportDate());
    try {
      new XlsxSummarySheet(styles, assessment).write(book);
      new XlsxChartSheet(styles, assessment.result()).write(book);
      new XlsxMembersSheet(styles, assessment.result(), assessment.roster()).write(book);
      new XlsxGapsSheet(styles, assessment).write(book);
      book.finish();
    } catch (IOException | RuntimeException e) {
      book.abort();
      throw e;
    }
  }
}
