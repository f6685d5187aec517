package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The format enum is the one place a unit's and a batch's output files are named. */
class ReportFormatTest {
  @Test
  void aUnitsFilesAreNamedFromItsStem() {
    assertThat(ReportFormat.summaryName("001-mn-hoa-sen")).isEqualTo("001-mn-hoa-sen-ket-qua.xlsx");
    assertThat(ReportFormat.REPORTS).extracting(f -> f.reportName("a")).containsExactly(
        "a-bao-cao.docx", "a-bao-cao.html", "a-bao-cao.md", "a-bao-cao.json");
    assertThat(ReportFormat.isSummaryName("A-KET-QUA.XLSX")).isTrue();
    assertThat(ReportFormat.isSummaryName("a-bao-cao.xlsx")).isFalse();
  }

  @Test
  void aReportFormatIsNamedByItsExtension() {
    assertThat(ReportFormat.report(" MD ")).contains(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.report("docx")).contains(ReportFormat.DOCX);
    assertThat(ReportFormat.report("markdown")).isEmpty();
    assertThat(ReportFormat.report("txt")).as("text goes to the console, not to a report file").isEmpty();
    assertThat(ReportFormat.report("xlsx")).as("the workbook is always written beside the report").isEmpty();
  }

  @Test
  void theBatchWorkbookAndItsCopiesAreKnownByName() {
    assertThat(BatchFile.SUMMARY.fileName()).isEqualTo("tong-hop-don-vi.xlsx");
    assertThat(BatchFile.SUMMARY.names("tong-hop-don-vi (1).xlsx")).isTrue();
    assertThat(BatchFile.SUMMARY.names("danh-sach.xlsx")).isFalse();
  }
}
