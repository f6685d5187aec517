package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;

/**
 * Who receives the dossier and who decides come from the ruleset, per authority level and year: a
 * province's ruleset changes both in the request letter and the report; the built-in one, for a
 * "cấp huyện" unit from 2025, names neither and tells the clerk what to check.
 */
class DossierRouteTest {
  static final Path COMMUNE = Path.of("src", "test", "resources", "eval", "ubnd-xa");
  static final Path PROVINCE = Path.of("src", "test", "resources", "province", "tinh-sau-2025.yaml");

  @Test
  void aProvincesRulesetNamesTheRecipientAndTheDecidingAuthorityInTheLetterAndTheReport(@TempDir Path out)
      throws Exception {
    String docx = report(out, "--ruleset", PROVINCE.toString());
    String report = docx.substring(0, docx.indexOf("TỜ TRÌNH"));
    String letter = docx.substring(docx.indexOf("TỜ TRÌNH"));

    assertThat(report).contains("|- Ủy ban nhân dân xã nơi đơn vị đặt trụ sở;")
        .contains("Đơn vị đề nghị Ủy ban nhân dân xã nơi đơn vị đặt trụ sở xem xét, công nhận")
        .contains("Thẩm quyền công nhận: Chủ tịch Ủy ban nhân dân cấp xã (Hướng dẫn số 99/HD-SGDĐT của Sở Giáo dục"
            + " và Đào tạo (ví dụ)).")
        .doesNotContain("Phòng Giáo dục và Đào tạo", "Lưu ý về nơi nhận hồ sơ");
    assertThat(letter).contains("|Kính gửi: Ủy ban nhân dân xã nơi đơn vị đặt trụ sở")
        .contains("kính đề nghị Ủy ban nhân dân xã nơi đơn vị đặt trụ sở xem xét")
        .contains("Thẩm quyền công nhận: Chủ tịch Ủy ban nhân dân cấp xã")
        .doesNotContain("Phòng Giáo dục và Đào tạo");
    assertThat(CliRun.of("ruleset", "test", PROVINCE.toString()).code()).isZero();
  }

  @Test
  void fromAssessmentYear2025TheBuiltInRulesetLeavesTheDistrictRecipientBlankWithANote(@TempDir Path out)
      throws Exception {
    String docx = report(out);
    String letter = docx.substring(docx.indexOf("TỜ TRÌNH"));

    assertThat(letter).contains("|Kính gửi: …………………… (cơ quan tiếp nhận hồ sơ)")
        .contains("Thẩm quyền công nhận: bộ tiêu chí chưa nêu (Nghị định 142/2025/NĐ-CP")
        .as("the note is for the clerk, not the office").doesNotContain("Lưu ý về nơi nhận hồ sơ")
        .doesNotContain("Kính gửi: Phòng Giáo dục và Đào tạo");
    assertThat(vn.dvht.testing.XlsxDump.of(out.resolve("thanh-vien-ket-qua.xlsx")))
        .contains("Lưu ý về nơi nhận hồ sơ: Từ 01/7/2025 không còn Ủy ban nhân dân và Phòng Giáo dục và Đào tạo cấp"
            + " huyện");
    String console = CliRun.of("evaluate", COMMUNE.resolve("thanh-vien.csv").toString(), "--unit",
        COMMUNE.resolve("don-vi.csv").toString(), "--no-files").out();
    assertThat(console).contains("Lưu ý về nơi nhận hồ sơ: Từ 01/7/2025");
  }

  private static String report(Path out, String... ruleset) throws Exception {
    String[] args = {"evaluate", COMMUNE.resolve("thanh-vien.csv").toString(), "--unit",
        COMMUNE.resolve("don-vi.csv").toString(), "--out", out.toString(), "--date", "2026-01-10", "--quiet"};
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(ruleset))
        .toArray(String[]::new);
    CliRun run = CliRun.of(all);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    return DocxDump.of(out.resolve("thanh-vien-bao-cao.docx"));
  }
}
