package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * The dossier deadline is the ruleset's data (Điều 10, 16 khoản 1 điểm c): the 12-month check reads it,
 * and a province that moves it moves what the unit is told.
 */
class DeadlinesTest {
  static final Path CASE = Path.of("src", "test", "resources", "eval", "dai-hoc-tu-thuc");

  @Test
  void theTwelveMonthCheckReadsTheRulesetsDossierDeadline(@TempDir Path dir) throws Exception {
    CliRun builtIn = evaluate("tt24");
    assertThat(builtIn.out()).contains("quyết định ngày 20/06/2025; chỉ đủ điều kiện từ 21/06/2026, sau hạn nộp hồ sơ "
        + "14/01/2026\n");

    Path later = Files.writeString(dir.resolve("tinh-muon.yaml"), """
        schema: 1
        extends: tt24
        id: tinh-muon
        title: Hướng dẫn tỉnh thử
        deadlines:
          - {id: ho-so, date: 30/06}
        """, StandardCharsets.UTF_8);
    CliRun province = evaluate(later.toString());
    assertThat(province.code()).as(province.err()).isZero();
    assertThat(province.out()).contains("quyết định ngày 20/06/2025; đủ điều kiện từ 21/06/2026 (hạn nộp hồ sơ "
        + "29/06/2026)\n");
  }

  private static CliRun evaluate(String ruleset) {
    return CliRun.of("evaluate", CASE.resolve("thanh-vien.csv").toString(), "--unit", CASE.resolve("don-vi.csv").toString(),
        "--ruleset", ruleset, "--no-files", "--date", "2026-01-10");
  }
}
