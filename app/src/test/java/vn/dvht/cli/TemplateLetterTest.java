package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/**
 * The request letter with a province's template: the ruleset's {@code report.letter} is filled and
 * appended to the filled report as a section of its own when the unit may ask for a level, never
 * otherwise; without a letter template the console and the follow-up sheet tell the clerk to write it.
 */
class TemplateLetterTest {
  private static final String NOTE = "Mẫu báo cáo của tỉnh (mau-so-4.docx) không có tờ trình: đơn vị tự soạn Tờ trình "
      + "đề nghị công nhận mức độ 2 gửi";

  @Test
  void theProvinceLetterFollowsTheReportInTheSameWordFile(@TempDir Path out) throws Exception {
    CliRun run = CliRun.of("evaluate", ProvinceTemplateTest.SAMPLE.toString(), "--ruleset",
        ProvinceTemplateTest.RULESET.toString(), "--date", "2026-01-10", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("không có tờ trình");
    Path docx = out.resolve("003-thpt-ly-nhan-bao-cao.docx");
    String dump = DocxDump.of(docx);
    assertThat(dump).doesNotContain("{{", "}}")
        .containsSubsequence("|BÁO CÁO", "<section break>", "|TỜ TRÌNH", "|Kính gửi: Sở Giáo dục và Đào tạo",
            "|Căn cứ Thông tư số 24/2023/TT-BGDĐT", "Trường THPT Lý Nhân đạt mức độ 2 (15/15 chỉ tiêu đạt).",
            "công nhận đơn vị đạt \"Đơn vị học tập\" cấp tỉnh, mức độ 2 năm 2025.");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
      assertThat(doc.getHeaderList()).extracting(XWPFHeader::getText)
          .anySatisfy(t -> assertThat(t).contains("Mẫu số 4")).anySatisfy(t -> assertThat(t).contains("Mẫu số 5"));
      assertThat(doc.getFooterList()).hasSize(2)
          .allSatisfy(f -> assertThat(f.getText()).contains("bộ tiêu chí vi-du-mau-so-4", "SHA-256"));
    }
    assertThat(XlsxDump.of(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx"))).doesNotContain("không có tờ trình");
  }

  @Test
  void aUnitThatMayAskForNoLevelGetsTheReportAlone(@TempDir Path out) throws Exception {
    CliRun run = CliRun.of("evaluate", Path.of("..", "samples", "001-mn-hoa-sen.xlsx").toString(), "--ruleset",
        ProvinceTemplateTest.RULESET.toString(), "--date", "2026-01-10", "--out", out.toString(), "--quiet");
    assertThat(run.code()).as(run.err()).isZero();
    String dump = DocxDump.of(out.resolve("001-mn-hoa-sen-bao-cao.docx"));
    assertThat(dump).contains("|BÁO CÁO").doesNotContain("TỜ TRÌNH", "<section break>");
    assertThat(dump).as("no request from a unit that may ask for no level: its paragraph is dropped")
        .contains("|IV. KẾT LUẬN VÀ ĐỀ NGHỊ").doesNotContain("đề nghị Sở", "công nhận đơn vị đạt", "để đề nghị");
  }

  @Test
  void withoutALetterTemplateTheClerkIsToldToWriteTheLetterByHand(@TempDir Path dir) throws Exception {
    Files.copy(ProvinceTemplateTest.RULESET.resolveSibling("mau-so-4.docx"), dir.resolve("mau-so-4.docx"));
    Path ruleset = Files.writeString(dir.resolve("tinh.yaml"),
        "schema: 1\nextends: tt24\nid: tinh\ntitle: Tỉnh\nreport:\n  template: mau-so-4.docx\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("evaluate", ProvinceTemplateTest.SAMPLE.toString(), "--ruleset", ruleset.toString(),
        "--date", "2026-01-10", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains(NOTE);
    assertThat(XlsxDump.of(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx"))).contains(NOTE);
    assertThat(DocxDump.of(out.resolve("003-thpt-ly-nhan-bao-cao.docx"))).doesNotContain("TỜ TRÌNH");
  }

  @Test
  void theBuiltInLayoutWritesTheLetterItself(@TempDir Path out) {
    CliRun run = CliRun.of("evaluate", ProvinceTemplateTest.SAMPLE.toString(), "--ruleset", "tt24", "--date",
        "2026-01-10", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("không có tờ trình");
  }
}
