package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvht.diag.Messages;

/**
 * The summary workbook ("Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu"), laid out like the
 * official form: sheet "Tổng hợp" (national header, one table per level, verdict, signatures),
 * "Biểu đồ" (each share against its thresholds), "Thành viên" (one row per member, one column per
 * indicator) and "Cần bổ sung" (who fails what, and every data warning). Counts and shares are
 * numbers; names and free text always text, never formulas.
 */
final class XlsxRenderer implements Renderer {

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Date created = Date.from(assessment.stamp().reportDate().atStartOfDay().toInstant(ZoneOffset.UTC));
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(created));
      workbook.getProperties().getCoreProperties().setCreator("dvht " + assessment.stamp().version());
      XlsxStyles styles = new XlsxStyles(workbook);
      new XlsxSummarySheet(styles, assessment).write(workbook.createSheet(Messages.get("xlsx.summarySheet")));
      new XlsxChartSheet(styles, assessment.result()).write(workbook.createSheet(Messages.get("xlsx.chartSheet")));
      new XlsxMembersSheet(styles, assessment.result())
          .write(workbook.createSheet(Messages.get("xlsx.membersSheet")));
      new XlsxGapsSheet(styles, assessment).write(workbook.createSheet(Messages.get("xlsx.gapsSheet")));
      workbook.write(out);
    }
  }
}
