package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.Workbooks;
import vn.dvht.testing.XlsxDump;

/** What the summary workbook stores: text stays text (even "=…"), counts and shares are numbers. */
class XlsxRendererTest {

  @Test
  void aNameThatLooksLikeAFormulaStaysText(@TempDir Path dir) throws Exception {
    Path members = Workbooks.members("Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
            "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
        .row("=HYPERLINK(\"http://x\",\"bấm\")", "Không", "Có", "Có", "Có", "LĐTT", "Có")
        .row("+84 Lê Văn Cường", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .agency().write(dir.resolve("cong-thuc.xlsx"));

    CliRun run = CliRun.of("evaluate", members.toString(), "--out", dir.toString(), "--date", "2026-01-10");

    assertThat(run.code()).isZero();
    String dump = XlsxDump.of(dir.resolve("cong-thuc-ket-qua.xlsx"));
    assertThat(dump).contains("Cần bổ sung!E2 s =HYPERLINK(\"http://x\",\"bấm\")")
        .contains("Thành viên!C3 s +84 Lê Văn Cường")
        .doesNotContain(" f =");
    assertThat(dump).contains("Tổng hợp!F21 n 1.0", "Tổng hợp!G21 n 2.0", "Tổng hợp!H21 n 0.5 [0.00 %]");
  }
}
