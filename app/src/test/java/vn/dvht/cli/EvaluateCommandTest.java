package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/** {@code dvht evaluate} in-process: exit codes, stdout/stderr discipline, files, refusals. */
class EvaluateCommandTest {
  static final String LY_NHAN = "../samples/003-thpt-ly-nhan.xlsx";
  static final String HOA_SEN = "../samples/001-mn-hoa-sen.xlsx";

  @Test
  void jsonGoesAloneToStdout(@TempDir Path out) throws Exception {
    CliRun run = CliRun.of("evaluate", LY_NHAN, "--ruleset", "tt24", "--json", "--out", out.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode unit = json.path("units").path(0);
    assertThat(unit.path("name").asText()).isEqualTo("Trường THPT Lý Nhân");
    assertThat(unit.path("level").asText()).isEqualTo("muc-2");
    JsonNode first = unit.path("levels").path(0).path("indicators");
    assertThat(first.findValuesAsText("status")).containsOnly("dat", "khong-ap-dung");
    JsonNode discipline = unit.path("levels").path(1).path("indicators").path(5);
    assertThat(discipline.path("id").asText()).isEqualTo("TC2.CT1");
    assertThat(discipline.path("numerator").asLong()).isEqualTo(70);
    assertThat(discipline.path("denominator").asLong()).isEqualTo(70);
    assertThat(discipline.path("threshold").decimalValue()).isEqualByComparingTo("95");
    assertThat(out.resolve("003-thpt-ly-nhan-ket-qua.xlsx")).exists();
    assertThat(out.resolve("003-thpt-ly-nhan-bao-cao.docx")).exists();
  }

  @Test
  void consoleShowsTheVerdictAndTheFilesWritten(@TempDir Path out) {
    CliRun run = CliRun.of("evaluate", HOA_SEN, "--out", out.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Mức độ 1: KHÔNG ĐẠT (1 chỉ tiêu không đạt)")
        .contains("17/36", "47,22 %", "Không đạt — còn thiếu 1 thành viên")
        .contains("Kết luận: Đơn vị chưa đạt mức độ nào.")
        .contains("Đã ghi: " + out.resolve("001-mn-hoa-sen-ket-qua.xlsx"));
  }

  @Test
  void theCsvExportOfASampleEvaluatesLikeTheWorkbook() throws Exception {
    CliRun xlsx = CliRun.of("evaluate", HOA_SEN, "--json", "--no-files");
    CliRun csv = CliRun.of("evaluate", "../samples/csv/001-mn-hoa-sen.csv",
        "--unit", "../samples/csv/001-mn-hoa-sen-don-vi.csv", "--json", "--no-files");

    assertThat(csv.code()).isZero();
    assertThat(csv.err()).isEmpty();
    ObjectMapper json = new ObjectMapper();
    JsonNode fromCsv = json.readTree(csv.out()).path("units").path(0);
    JsonNode fromXlsx = json.readTree(xlsx.out()).path("units").path(0);
    assertThat(fromCsv.path("levels")).isEqualTo(fromXlsx.path("levels"));
    assertThat(fromCsv.path("gaps").toString()).isEqualTo(fromXlsx.path("gaps").toString()
        .replace("\"sheet\":\"Thành viên\"", "\"sheet\":\"001-mn-hoa-sen.csv\""));
  }

  @Test
  void withoutRulesetTheCircularOfTheAssessmentYearIsUsed() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode tt22 = json.readTree(CliRun.of("evaluate", "../samples/002-pnv-tan-bien.xlsx", "--json", "--no-files").out());
    JsonNode tt24 = json.readTree(CliRun.of("evaluate", LY_NHAN, "--json", "--no-files").out());
    assertThat(tt22.path("units").path(0).path("ruleset").path("id").asText()).as("2023").isEqualTo("tt22");
    assertThat(tt22.path("units").path(0).path("grade").asText()).isEqualTo("tot");
    assertThat(tt24.path("units").path(0).path("ruleset").path("id").asText()).as("2025").isEqualTo("tt24");
  }

  @Test
  void aRulesetOutsideItsDatesIsUsedWithAWarning() throws Exception {
    CliRun run = CliRun.of("evaluate", "../samples/004-vp-dak-glong.xlsx", "--ruleset", "tt22", "--json",
        "--no-files");
    assertThat(run.code()).isZero();
    JsonNode unit = new ObjectMapper().readTree(run.out()).path("units").path(0);
    assertThat(unit.path("grade").asText()).isEqualTo("kha");
    assertThat(unit.path("points").decimalValue()).isEqualByComparingTo("78");
    assertThat(unit.path("warnings").findValuesAsText("code")).containsExactly("W002");
    assertThat(unit.path("warnings").path(0).path("message").asText())
        .isEqualTo("Thông tư 22/2020/TT-BGDĐT có hiệu lực từ 21/09/2020 đến 25/01/2024, không điều chỉnh năm đánh giá "
            + "2025; vẫn đánh giá theo bộ tiêu chí đã chọn");
  }

  @Test
  void aUnitSheetFilledForAnotherCircularEndsWithAHintNamingIt() {
    CliRun run = CliRun.of("evaluate", "../samples/004-vp-dak-glong.xlsx", "--no-files");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("ô B8 (cột \"TC1.CT3\"): lỗi[I306]")
        .contains("cảnh báo[W003]: bảng thông tin đơn vị đọc được đầy đủ theo Thông tư 22/2020/TT-BGDĐT nhưng không"
            + " theo Thông tư 24/2023/TT-BGDĐT (thông tư áp dụng cho năm 2025)")
        .contains("hãy chạy lại với --ruleset tt22")
        .endsWith("Không đánh giá được: 3 lỗi trong dữ liệu đầu vào (xem trên).\n");
    assertThat(CliRun.of("evaluate", "../samples/004-vp-dak-glong.xlsx", "--ruleset", "tt24", "--no-files").err())
        .as("a ruleset the clerk chose is not second-guessed").doesNotContain("W003");
  }

  @Test
  void yearOverridesTheUnitSheet() throws Exception {
    CliRun run = CliRun.of("evaluate", "../samples/002-pnv-tan-bien.xlsx", "--year", "2023", "--json", "--no-files");
    // The one warning is of the law the ruleset cites (W008: in force from 2024), not of the year.
    assertThat(new ObjectMapper().readTree(run.out()).path("units").path(0).path("warnings"))
        .extracting(w -> w.path("code").asText()).containsExactly("W008");
    CliRun later = CliRun.of("evaluate", HOA_SEN, "--year", "2025", "--json", "--no-files");
    JsonNode unit = new ObjectMapper().readTree(later.out()).path("units").path(0);
    assertThat(unit.path("year").asInt()).isEqualTo(2025);
    assertThat(unit.path("warnings").findValuesAsText("code")).contains("W001");
  }

  @Test
  void failBelowExitsFourWhenTheLevelIsNotReached() {
    assertThat(CliRun.of("evaluate", HOA_SEN, "--no-files", "--fail-below", "muc-1").code()).isEqualTo(4);
    assertThat(CliRun.of("evaluate", LY_NHAN, "--no-files", "--fail-below", "2").code()).isZero();
    CliRun unknown = CliRun.of("evaluate", LY_NHAN, "--no-files", "--fail-below", "muc-9");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("mức \"muc-9\" không có trong bộ tiêu chí");
  }

  @Test
  void existingOutputsAreKeptUnlessOverwriteIsGiven(@TempDir Path out) throws Exception {
    assertThat(CliRun.of("evaluate", HOA_SEN, "--report", "md", "--out", out.toString()).code()).isZero();
    Path report = out.resolve("001-mn-hoa-sen-bao-cao.md");
    Files.writeString(report, "bản của tôi");

    CliRun again = CliRun.of("evaluate", HOA_SEN, "--report", "md", "--out", out.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("tệp kết quả đã có", "--overwrite");
    assertThat(again.out()).isEmpty();
    assertThat(Files.readString(report)).isEqualTo("bản của tôi");

    assertThat(CliRun.of("evaluate", HOA_SEN, "--report", "md", "--out", out.toString(), "--overwrite").code()).isZero();
    assertThat(Files.readString(report)).startsWith("# Kết quả tự đánh giá");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("no temporary files left behind, the lock stays")
          .containsExactlyInAnyOrder("001-mn-hoa-sen-ket-qua.xlsx", "001-mn-hoa-sen-bao-cao.md",
              "001-mn-hoa-sen-quyet-dinh-cdht.docx", ".dvht.lock");
    }
  }

  @Test
  void anOutputIsNeverWrittenOverAnInputEvenWithOverwrite(@TempDir Path dir) throws Exception {
    Path members = dir.resolve("u.xlsx");
    Path unit = dir.resolve("u-ket-qua.xlsx");
    Files.copy(Path.of(HOA_SEN), members);
    Files.copy(Path.of(HOA_SEN), unit);
    byte[] before = Files.readAllBytes(unit);

    CliRun run = CliRun.of("evaluate", members.toString(), "--unit", unit.toString(), "--overwrite");

    assertThat(run.code()).isEqualTo(2);
    assertThat(Files.readAllBytes(unit)).isEqualTo(before);
  }

  @Test
  void aMalformedRulesetGivesPositionedErrorsAndExitThree(@TempDir Path dir) throws Exception {
    Path ruleset = dir.resolve("hong.yaml");
    Files.writeString(ruleset, "schema: 1\nid: hong\ntitle: [không, đúng\n");

    CliRun run = CliRun.of("evaluate", HOA_SEN, "--ruleset", ruleset.toString(), "--no-files");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(ruleset + ":").contains("lỗi[R001]").contains("^");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aMissingColumnNamesFileSheetAndHeader(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("thieu-cot.csv");
    Files.writeString(csv, "Họ và tên;Kỷ luật lao động\nNguyễn Văn An;Có\n");
    Path unit = dir.resolve("don-vi.csv");
    Files.writeString(unit, "Mục;Giá trị;Minh chứng\nCấp;huyện;\nLoại đơn vị;Cơ quan nhà nước;\n");

    CliRun run = CliRun.of("evaluate", csv.toString(), "--unit", unit.toString(), "--no-files");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err())
        .contains(csv.toString(), "trang tính \"thieu-cot.csv\"", "thiếu cột \"Hoàn thành bồi dưỡng\"")
        .doesNotContain("Exception");
  }

  @Test
  void anUnreadableFileIsAVietnameseMessageNotAStackTrace(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("hong.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});

    CliRun run = CliRun.of("evaluate", broken.toString(), "--no-files");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(broken.toString(), "không đọc được như một bảng tính Excel")
        .doesNotContain("\tat ");
    assertThat(CliRun.of("evaluate", dir.resolve("khong-co.xlsx").toString()).err()).contains("không tìm thấy tệp");
  }

  @Test
  void theReportFormatIsChosenWithReport(@TempDir Path out) {
    assertThat(CliRun.of("evaluate", HOA_SEN, "--report", "json", "--out", out.toString()).code()).isZero();
    assertThat(out.resolve("001-mn-hoa-sen-bao-cao.json")).exists();
    CliRun unknown = CliRun.of("evaluate", HOA_SEN, "--report", "pdf", "--no-files");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("Lỗi cú pháp lệnh: định dạng báo cáo \"pdf\" không được hỗ trợ; chọn: docx, html, "
        + "md, json\nXem hướng dẫn: dvht evaluate --help\n");
    assertThat(CliRun.of("evaluate", HOA_SEN, "--report", "MD", "--out", out.toString(), "--overwrite").code()).isZero();
    assertThat(out.resolve("001-mn-hoa-sen-bao-cao.md")).exists();
  }

  @Test
  void aDryRunSaysHowTheFileWasReadAndWritesNothing(@TempDir Path out) throws Exception {
    CliRun run = CliRun.of("evaluate", LY_NHAN, "--dry-run", "--out", out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Tệp: ../samples/003-thpt-ly-nhan.xlsx — Excel (.xlsx)")
        .contains("Trang tính: \"Thành viên\", dòng tiêu đề: 3")
        .contains("Kỷ luật lao động ← cột E \"Kỷ luật lao động\" (đúng tên)")
        .contains("Số Thành viên: 70", "Số Người học: 50", "dòng 4: 1 | ")
        .contains("(chạy thử: chưa đánh giá, không ghi tệp nào)")
        .doesNotContain("Kết luận");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void usageErrorsExitTwo() {
    CliRun run = CliRun.of("evaluate", HOA_SEN, "--khong-co");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Lỗi cú pháp lệnh", "dvht evaluate --help");
    assertThat(CliRun.of("danh-gia").code()).isEqualTo(2);
  }

  @Test
  void helpListsExitCodesAndVersionPrintsTheVersion() {
    CliRun help = CliRun.of("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Mã thoát:", "3   bộ tiêu chí hoặc tệp đầu vào không hợp lệ", "evaluate");
    CliRun version = CliRun.of("--version");
    assertThat(version.out()).matches("dvht \\d+\\.\\d+\\.\\d+\\RGiấy phép: Apache License 2\\.0 \\(tệp LICENSE[^\\n]*\\R");
  }

  @Test
  void aNameTheMachineCannotHoldIsSaidNotAnInternalError() {
    // Under a POSIX locale a Vietnamese name fails the same way as a NUL: no bytes for it in a file name.
    CliRun run = CliRun.of("evaluate", "Tr\u0000ường.xlsx", "--no-files");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("Tr[U+0000]ường.xlsx", "LANG=C.UTF-8").doesNotContain("Lỗi nội bộ");
  }
}
