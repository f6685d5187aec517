package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/** A Thông tư 22 indicator's threshold says what meeting it earns, the same in every output and language. */
class ScoredThresholdTest {
  private static final String SAMPLE = "../samples/004-vp-dak-glong.xlsx";

  @Test
  void aUnitFactsThresholdIsItsPointsInEveryOutput(@TempDir Path dir) throws Exception {
    for (String report : new String[] {"docx", "html", "md"}) {
      CliRun run = CliRun.of("evaluate", SAMPLE, "--ruleset", "tt22", "--report", report, "--out",
          dir.resolve(report).toString(), "--date", "2026-01-10");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).contains("Có (10 điểm)", "≥ 100 % thành viên (5 điểm)");
      Path file = dir.resolve(report).resolve("004-vp-dak-glong-bao-cao." + report);
      String text = report.equals("docx") ? DocxDump.of(file) : Files.readString(file);
      assertThat(text).contains("Có (10 điểm)").doesNotContain("ngưỡng: Có —");
    }
    assertThat(XlsxDump.of(dir.resolve("docx").resolve("004-vp-dak-glong-ket-qua.xlsx")))
        .contains("Tổng hợp!D15 s Có (10 điểm)");
  }

  @Test
  void inEnglishTheThresholdIsWorthPoints(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("evaluate", SAMPLE, "--ruleset", "tt22", "--report", "docx", "--out", dir.toString(),
        "--date", "2026-01-10", "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(DocxDump.of(dir.resolve("004-vp-dak-glong-bao-cao.docx")))
        .contains("threshold: Yes (10 points)", "Yes (5 points)");
  }

  @Test
  void aPassFailRulesetKeepsItsPlainThreshold(@TempDir Path dir) {
    CliRun run = CliRun.of("evaluate", "../samples/003-thpt-ly-nhan.xlsx", "--ruleset", "tt24", "--no-files",
        "--date", "2026-01-10");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("điểm)");
  }
}
