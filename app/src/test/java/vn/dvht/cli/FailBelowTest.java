package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.CliRun;

/**
 * {@code --fail-below} under a scoring ruleset (Thông tư 22/2020), which recognises no level: it names a grade, by id
 * or label, and the unit passes with that grade or a higher one. A level there, or a grade under Thông tư 24, is a
 * usage error in Vietnamese naming what the ruleset accepts. The sample 004 is "Khá" (78 points) under tt22.
 */
class FailBelowTest {
  static final String DAK_GLONG = Path.of("..", "samples", "004-vp-dak-glong.xlsx").toString();
  static final String LY_NHAN = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx").toString();

  @ParameterizedTest(name = "Khá against --fail-below {0} → exit {1}")
  @CsvSource({
    "kha, 0",
    "Khá, 0",
    "KHA, 0",
    "trung-binh, 0",
    "Trung bình, 0",
    "chua-dat, 0",
    "tot, 4",
    "Tốt, 4",
  })
  void aGradeIsReachedWithItOrAHigherOne(String grade, int code) {
    CliRun run = CliRun.of("evaluate", DAK_GLONG, "--ruleset", "tt22", "--no-files", "--fail-below", grade);
    assertThat(run.code()).as(run.err()).isEqualTo(code);
    assertThat(run.out()).contains("Kết luận: Đơn vị được xếp loại Khá (78,00/100 điểm).");
  }

  @Test
  void aLevelUnderTt22IsAnErrorThatListsTheGrades() {
    for (String level : new String[] {"muc-1", "1"}) {
      CliRun run = CliRun.of("evaluate", DAK_GLONG, "--ruleset", "tt22", "--no-files", "--fail-below", level);
      assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("xếp loại \"" + level + "\" không có trong bộ tiêu chí tt22 (Thông tư 22/2020/TT-BGDĐT "
          + "chấm điểm, xếp loại, không công nhận mức độ); chọn: tot (Tốt), kha (Khá), trung-binh (Trung bình), "
          + "chua-dat (Chưa đạt)");
    }
  }

  @Test
  void aGradeUnderTt24IsAnErrorThatListsTheLevels() {
    CliRun run = CliRun.of("evaluate", LY_NHAN, "--ruleset", "tt24", "--no-files", "--fail-below", "kha");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("mức \"kha\" không có trong bộ tiêu chí; chọn: muc-1 (Mức độ 1), muc-2 (Mức độ 2)");
  }

  @Test
  void inEnglish() {
    CliRun run = CliRun.of("evaluate", DAK_GLONG, "--ruleset", "tt22", "--no-files", "--fail-below", "muc-2", "--lang",
        "en");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("grade \"muc-2\" is not in ruleset tt22 (Thông tư 22/2020/TT-BGDĐT scores and grades "
        + "units, it recognises no level); choose: tot (Tốt), kha (Khá), trung-binh (Trung bình), chua-dat (Chưa đạt)");
  }
}
