package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.Dossier;

/**
 * The level-2 waiting period (12 months after the level-1 decision) is noted only for a unit that reached
 * level 2: not for one that reached level 1 (sample 000) or none (001). The note on keeping a recognition
 * for three years concerns every level and stays.
 */
class WaitingPeriodTest {
  static final Path SAMPLES = Path.of("..", "samples");
  /** Điều 5, 11 khoản 3, word for word ("…" for "cấp huyện"/"cấp tỉnh"). */
  static final String WAIT_VI = "Đơn vị … được công nhận mức độ 1 sau ít nhất 1 năm (12 tháng) kể từ ngày ra quyết định "
      + "công nhận có thể đề nghị đánh giá, công nhận nâng mức độ 2.";
  static final String WAIT_EN = "at least 1 year (12 months) after the date of the recognition decision";
  static final String KEPT_VI = "Lưu ý mọi mức độ: Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng)";

  @Test
  void aLevel1UnitIsNotToldAboutLevel2(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, SAMPLES.resolve("000-bqlkkt-an-giang.xlsx"), "--ruleset", "tt24", "--date",
        "2026-01-10");

    assertThat(d.console()).contains("Kết luận: Đơn vị đạt Mức độ 1.", KEPT_VI);
    d.all().forEach((name, text) -> assertThat(text).as(name).doesNotContain(WAIT_VI, "Lưu ý Mức độ 2"));
  }

  @Test
  void aUnitWithNoLevelIsNotToldAboutLevel2(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, SAMPLES.resolve("001-mn-hoa-sen.xlsx"), "--ruleset", "tt24", "--date",
        "2026-01-10");

    assertThat(d.console()).contains(KEPT_VI);
    d.all().forEach((name, text) -> assertThat(text).as(name).doesNotContain(WAIT_VI, "Lưu ý Mức độ 2"));
  }

  @Test
  void aLevel2UnitIsToldInEveryOutput(@TempDir Path out) throws Exception {
    Dossier d = Dossier.of(out, SAMPLES.resolve("003-thpt-ly-nhan.xlsx"), "--ruleset", "tt24", "--date",
        "2026-01-10");
    String note = "Lưu ý Mức độ 2: " + WAIT_VI
        + " — quyết định ngày 15/03/2024; đủ điều kiện từ 16/03/2025 (hạn nộp hồ sơ 14/01/2026)";

    assertThat(d.console()).contains(note + "\n", KEPT_VI);
    assertThat(d.sheet("Cần bổ sung")).contains(" " + note + "\n");
    assertThat(d.word()).contains(note);
    assertThat(d.html()).contains("<li>Mức độ 2: " + WAIT_VI);
    assertThat(d.markdown()).contains("- Mức độ 2: " + WAIT_VI);
  }

  @Test
  void inEnglishOnlyTheLevel2UnitIsTold(@TempDir Path out) throws Exception {
    Dossier level1 = Dossier.of(out.resolve("000"), SAMPLES.resolve("000-bqlkkt-an-giang.xlsx"), "--ruleset",
        "tt24", "--date", "2026-01-10", "--lang", "en");
    Dossier level2 = Dossier.of(out.resolve("003"), SAMPLES.resolve("003-thpt-ly-nhan.xlsx"), "--ruleset", "tt24",
        "--date", "2026-01-10", "--lang", "en");

    level1.all().forEach((name, text) -> assertThat(text).as(name).doesNotContain(WAIT_EN, "Note on Level 2"));
    assertThat(level2.console()).contains("Note on Level 2: A … unit recognised at level 1 may, " + WAIT_EN
        + ", request assessment and recognition at level 2. — decision dated 15/03/2024; eligible from 16/03/2025 "
        + "(application deadline 14/01/2026)\n");
    assertThat(level2.sheet("Follow-up")).contains("Note on Level 2: A … unit recognised at level 1 may, " + WAIT_EN);
    assertThat(level2.word()).contains(WAIT_EN);
  }

  /**
   * A unit that reached level 2 too soon after its level-1 decision is told why it may ask for level 1
   * only; the report it sends asks for level 1 and says nothing of the wait.
   */
  @Test
  void aUnitThatReachedLevel2TooSoonIsToldWhy() {
    Path dir = Path.of("src", "test", "resources", "eval", "dai-hoc-tu-thuc");
    CliRun run = CliRun.of("evaluate", dir.resolve("thanh-vien.csv").toString(), "--unit",
        dir.resolve("don-vi.csv").toString(), "--no-files", "--date", "2026-01-10");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Lưu ý Mức độ 2: " + WAIT_VI + " — "
        + "quyết định ngày 20/06/2025; chỉ đủ điều kiện từ 21/06/2026, sau hạn nộp hồ sơ 14/01/2026\n");
  }
}
