package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.XlsxDump;

/** A province's template has no request letter: the console and the follow-up sheet tell the clerk to write it. */
class TemplateLetterTest {
  private static final String NOTE = "Mẫu báo cáo của tỉnh (mau-so-4.docx) không có tờ trình: đơn vị tự soạn Tờ trình "
      + "đề nghị công nhận mức độ 2 gửi";

  @Test
  void theClerkIsToldToWriteTheLetterByHand(@TempDir Path out) throws Exception {
    CliRun run = CliRun.of("evaluate", ProvinceTemplateTest.SAMPLE.toString(), "--ruleset",
        ProvinceTemplateTest.RULESET.toString(), "--date", "2026-01-10", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains(NOTE);
    assertThat(XlsxDump.of(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx"))).contains(NOTE);
  }

  @Test
  void theBuiltInLayoutWritesTheLetterItself(@TempDir Path out) {
    CliRun run = CliRun.of("evaluate", ProvinceTemplateTest.SAMPLE.toString(), "--ruleset", "tt24", "--date",
        "2026-01-10", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("không có tờ trình");
  }
}
