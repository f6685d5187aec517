package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.XlsxDump;

/** With {@code --lang en}, what was still Vietnamese (issue 24, item 7) is English. */
class EnglishLeaksTest {

  @Test
  void theMemberGridTabIsEnglish(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("--lang", "en", "evaluate", "../samples/003-thpt-ly-nhan.xlsx", "--quiet", "--out",
        dir.toString(), "--date", "2026-01-10");
    assertThat(run.code()).as(run.err()).isZero();
    Path xlsx;
    try (Stream<Path> files = Files.list(dir)) {
      xlsx = files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
    }
    assertThat(XlsxDump.of(xlsx)).contains("Members! sheet #").doesNotContain("Thành viên! sheet #");
  }

  @Test
  void diffNamesTheLevelsInEnglish(@TempDir Path dir) throws Exception {
    DiffCommandTest.Results r = DiffCommandTest.hoaSenBeforeAndAfter(dir);
    CliRun diff = CliRun.of("--lang", "en", "diff", r.before().toString(), r.after().toString());
    assertThat(diff.code()).as(diff.err()).isZero();
    assertThat(diff.out()).contains("Level 1: Not met → Met", "TC2.CT4 (Level 1): ").doesNotContain("Mức độ");
  }

  @Test
  void aMissingArgumentIsNamedInEnglish() {
    CliRun run = CliRun.of("--lang", "en", "evaluate");
    assertThat(run.err()).contains("missing FILE").doesNotContain("TỆP");
    CliRun vi = CliRun.of("evaluate");
    assertThat(vi.err()).contains("thiếu TỆP");
  }

  @Test
  void theTemplatesGuidanceIsEnglish(@TempDir Path dir) throws Exception {
    Path en = dir.resolve("en.xlsx");
    CliRun run = CliRun.of("--lang", "en", "template", "-r", "tt24", "-o", en.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String dump = XlsxDump.of(en);
    // Headers and accepted values stay as dvht reads them; the explanations are English.
    assertThat(dump).contains(" s Họ và tên\n").doesNotContain("Kinh phí đào tạo, bồi dưỡng từ ngân sách",
        "not for: Hội, tổ chức");
  }
}
