package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.Dossier;

/**
 * The late-filing note: a run dated after the assessment year's last day of filing ("trước ngày 15 tháng 1" of the
 * next year under TT 24, so the 14th; "chậm nhất trong quý I", so 31/03, under TT 22) tells the clerk, in the console
 * and on the "Cần bổ sung" sheet, never in the report that is sent; the last day itself is not late.
 */
class LateFilingTest {
  static final Path LY_NHAN = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx");
  static final Path DAK_GLONG = Path.of("..", "samples", "004-vp-dak-glong.xlsx");
  static final String LATE_VI = "Đã quá hạn nộp hồ sơ";
  static final String LATE_EN = "The filing deadline has passed";

  @Test
  void afterTheTt24DeadlineTheClerkIsTold(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, LY_NHAN, "--ruleset", "tt24", "--date", "2026-01-15");
    String note = "Đã quá hạn nộp hồ sơ (hạn 14/01/2026; ngày lập 15/01/2026): hỏi cơ quan tiếp nhận có còn "
        + "nhận hồ sơ năm đánh giá 2025 không trước khi gửi.";

    assertThat(d.console()).contains(note + "\n");
    assertThat(d.sheet("Cần bổ sung")).contains(" " + note + "\n")
        .contains("Ghi chú cho người lập hồ sơ (không in trong báo cáo gửi đi)");
    assertNotInTheReports(d, LATE_VI);
    assertThat(d.sheet("Tổng hợp")).doesNotContain(LATE_VI);
  }

  @Test
  void onTheLastDayNothingIsSaid(@TempDir Path out) throws Exception {
    Dossier tt24 = Dossier.of(out.resolve("tt24"), LY_NHAN, "--ruleset", "tt24", "--date", "2026-01-14");
    Dossier tt22 = Dossier.of(out.resolve("tt22"), DAK_GLONG, "--ruleset", "tt22", "--date", "2026-03-31");

    for (Dossier d : new Dossier[] {tt24, tt22}) {
      d.all().forEach((name, text) -> assertThat(text).as(name).doesNotContain(LATE_VI, "quá hạn"));
    }
  }

  @Test
  void beforeTheDeadlineNothingIsSaid(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, LY_NHAN, "--ruleset", "tt24", "--date", "2026-01-10");

    d.all().forEach((name, text) -> assertThat(text).as(name).doesNotContain(LATE_VI, "quá hạn"));
  }

  @Test
  void theTt22DeadlineIsTheEndOfMarch(@TempDir Path out) throws Exception {
    Dossier before = Dossier.of(out.resolve("before"), DAK_GLONG, "--ruleset", "tt22", "--date", "2026-02-01");
    Dossier after = Dossier.of(out.resolve("after"), DAK_GLONG, "--ruleset", "tt22", "--date", "2026-04-01");
    String note = "Đã quá hạn nộp hồ sơ (hạn 31/03/2026; ngày lập 01/04/2026): hỏi cơ quan tiếp nhận có còn "
        + "nhận hồ sơ năm đánh giá 2025 không trước khi gửi.";

    assertThat(before.console()).doesNotContain(LATE_VI);
    assertThat(before.sheet("Cần bổ sung")).doesNotContain(LATE_VI);
    assertThat(after.console()).contains(note + "\n");
    assertThat(after.sheet("Cần bổ sung")).contains(" " + note + "\n");
    assertNotInTheReports(after, LATE_VI);
  }

  @Test
  void inEnglish(@TempDir Path out) throws Exception {
    Dossier late = Dossier.of(out.resolve("late"), LY_NHAN, "--ruleset", "tt24", "--date", "2026-01-15",
        "--lang", "en");
    Dossier onTime = Dossier.of(out.resolve("on-time"), LY_NHAN, "--ruleset", "tt24", "--date", "2026-01-14",
        "--lang", "en");
    String note = "The filing deadline has passed (deadline 14/01/2026; prepared on 15/01/2026): ask the receiving "
        + "office whether it still accepts dossiers for assessment year 2025 before sending.";

    assertThat(late.console()).contains(note + "\n").doesNotContain(LATE_VI);
    assertThat(late.sheet("Follow-up")).contains(" " + note + "\n").doesNotContain(LATE_VI);
    assertNotInTheReports(late, LATE_EN);
    onTime.all().forEach((name, text) -> assertThat(text).as(name).doesNotContain(LATE_EN, "deadline has passed"));
  }

  private static void assertNotInTheReports(Dossier d, String note) {
    assertThat(d.word()).as("Word report").doesNotContain(note);
    assertThat(d.html()).as("HTML report").doesNotContain(note);
    assertThat(d.markdown()).as("Markdown report").doesNotContain(note);
  }
}
