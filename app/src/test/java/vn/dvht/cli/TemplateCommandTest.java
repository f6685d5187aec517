package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/** {@code dvht template}: the blank workbook, filled in as a clerk would, evaluates. */
class TemplateCommandTest {

  @ParameterizedTest(name = "--lang {0}")
  @ValueSource(strings = {"vi", "en"})
  void aFilledTemplateEvaluates(String lang, @TempDir Path dir) throws Exception {
    Path template = dir.resolve("mau.xlsx");
    CliRun made = CliRun.of("template", "--ruleset", "tt24", "--level", "tinh", "-o", template.toString(),
        "--lang", lang);
    assertThat(made.code()).isZero();
    assertThat(made.err()).isEmpty();

    Path filled = dir.resolve("da-dien.xlsx");
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getSheet("Thành viên").getDataValidations()).isNotEmpty();
      assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lang.equals("en") ? "Lists" : "Danh mục"))).isTrue();
      fillMembers(workbook.getSheet("Thành viên"), 20);
      fillUnit(workbook.getSheet("Đơn vị"), Map.of(
          "Tên đơn vị", "Sở Tư pháp tỉnh Mẫu",
          "Loại đơn vị", "Cơ quan nhà nước",
          "Năm đánh giá", "2025",
          "TC1.CT1", "Có", "TC1.CT2", "Có", "TC1.CT3", "Có", "TC1.CT4", "Có", "TC1.CT5", "Có",
          "TC3.CT2", "Có", "TC3.CT3", "Tập thể lao động xuất sắc"));
      try (OutputStream out = Files.newOutputStream(filled)) {
        workbook.write(out);
      }
    }

    CliRun run = CliRun.of("evaluate", filled.toString(), "--json", "--no-files", "--lang", lang);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    var unit = new ObjectMapper().readTree(run.out()).path("units").path(0);
    assertThat(unit.path("authority").asText()).isEqualTo("tinh");
    assertThat(unit.path("level").asText()).isEqualTo("muc-2");
    assertThat(unit.path("warnings")).isEmpty();
  }

  @Test
  void theHelpSheetNamesTheProvinceFormsTheReportIsWrittenIn(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("mau.xlsx");
    CliRun run = CliRun.of("template", "-r", ProvinceTemplateTest.RULESET.toString(), "-o", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(vn.dvht.testing.XlsxDump.of(out))
        .contains("Báo cáo Word theo mẫu của tỉnh: mau-so-4.docx, kèm tờ trình theo mẫu mau-so-5.docx");
    CliRun builtIn = CliRun.of("template", "-o", dir.resolve("tt24.xlsx").toString());
    assertThat(builtIn.code()).isZero();
    assertThat(vn.dvht.testing.XlsxDump.of(dir.resolve("tt24.xlsx"))).doesNotContain("theo mẫu của tỉnh");
  }

  @Test
  void theHelpSheetSaysWhichIndicatorsConcernSomeUnitsOnlyLevelByLevel(@TempDir Path dir) throws Exception {
    Path all = dir.resolve("tt24.xlsx");
    assertThat(CliRun.of("template", "-o", all.toString()).code()).isZero();
    String help = vn.dvht.testing.XlsxDump.of(all);
    assertThat(help).contains("Phạm vi áp dụng!A1 s CHỈ TIÊU CHỈ ÁP DỤNG CHO MỘT SỐ ĐƠN VỊ (chỉ tiêu không áp dụng thì ghi "
        + "\"Không áp dụng\", không phải \"Không đạt\")\n",
        " s TC3.CT3 — Danh hiệu thi đua tập thể\n",
        " s Cấp huyện · Mức độ 2: không áp dụng cho: Hội, tổ chức xã hội - nghề nghiệp, Tổ chức kinh tế; trong đó xếp vào "
            + "theo suy luận (*): ",
        " s (*) sau một loại đơn vị: dvht xếp loại đó vào theo suy luận");
    Path province = dir.resolve("tinh.xlsx");
    assertThat(CliRun.of("template", "--level", "tinh", "-o", province.toString()).code()).isZero();
    assertThat(vn.dvht.testing.XlsxDump.of(province)).contains(" s TC3.CT5 — ", "Cấp tỉnh · Mức độ 1: chỉ áp dụng cho: "
        + "Trường phổ thông dân tộc nội trú (*)").doesNotContain("Cấp huyện · Mức độ 2", " s TC3.CT3 — ");
  }

  @ParameterizedTest(name = "--lang {0}")
  @ValueSource(strings = {"vi", "en"})
  void eachScoreColumnTakesADecimalFromZeroToItsMaximumWithAPromptAndAnErrorMessage(String lang, @TempDir Path dir)
      throws Exception {
    Path template = dir.resolve("mau.xlsx");
    assertThat(CliRun.of("template", "-o", template.toString(), "--lang", lang).code()).isZero();
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet members = workbook.getSheetAt(0);
      Row header = members.getRow(0);
      int scores = 0;
      for (int c = 1; c < header.getLastCellNum(); c++) {
        String column = header.getCell(c).getStringCellValue();
        if (!column.matches("(Chỉ số|Indicator) \\d+")) {
          continue;
        }
        scores++;
        int at = c;
        var validation = ((org.apache.poi.xssf.usermodel.XSSFSheet) members).getDataValidations().stream()
            .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                .anyMatch(r -> r.getFirstColumn() == at && r.getLastColumn() == at && r.getFirstRow() == 1))
            .findFirst().orElseThrow(() -> new AssertionError("no validation on " + column));
        var constraint = validation.getValidationConstraint();
        assertThat(constraint.getValidationType()).as(column)
            .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL);
        assertThat(constraint.getOperator()).isEqualTo(
            org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.BETWEEN);
        assertThat(List.of(constraint.getFormula1(), constraint.getFormula2())).containsExactly("0", "10");
        assertThat(validation.getShowPromptBox()).isTrue();
        assertThat(validation.getShowErrorBox()).isTrue();
        assertThat(validation.getPromptBoxTitle()).isEqualTo(column);
        assertThat(validation.getPromptBoxText()).isEqualTo(lang.equals("en")
            ? "A number from 0 to 10, decimals allowed (7 or 7.5). Leave every score blank and dvht reads the title"
                + " column."
            : "Một số từ 0 đến 10, có thể có phần thập phân (7 hoặc 7,5). Để trống mọi cột điểm thì dvht đọc cột"
                + " danh hiệu.");
        assertThat(validation.getErrorBoxText()).isEqualTo(lang.equals("en")
            ? "Column \"" + column + "\" takes a number from 0 to 10 (such as 7 or 7.5)."
            : "Cột \"" + column + "\" nhận một số từ 0 đến 10 (như 7 hoặc 7,5).");
      }
      assertThat(scores).isEqualTo(10);
    }
  }

  @Test
  void anExistingFileIsKept(@TempDir Path dir) throws Exception {
    Path existing = dir.resolve("mau.xlsx");
    Files.writeString(existing, "không phải của dvht");
    CliRun run = CliRun.of("template", "-o", existing.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(Files.readString(existing)).isEqualTo("không phải của dvht");
    assertThat(CliRun.of("template", "--level", "xa", "-o", dir.resolve("x.xlsx").toString()).err())
        .contains("cấp \"xa\" không có trong bộ tiêu chí");
  }

  private static void fillMembers(Sheet sheet, int count) {
    Row header = sheet.getRow(0);
    for (int r = 1; r <= count; r++) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(r);
      for (int c = 1; c < header.getLastCellNum(); c++) {
        String column = header.getCell(c).getStringCellValue();
        if (column.startsWith("Chỉ số ") || column.startsWith("Indicator ")) {
          row.createCell(c).setCellValue(8); // ten scores of 8: 80 points, the "Có" of the title column
          continue;
        }
        String value = switch (column) {
          case "Họ và tên" -> "Người thứ " + r;
          case "Mã định danh" -> "M" + r;
          case "Ngày sinh" -> String.format("%02d/03/1985", r);
          case "Đối tượng" -> "Thành viên";
          case "Danh hiệu thi đua" -> "Lao động tiên tiến";
          default -> "Có";
        };
        row.createCell(c).setCellValue(value);
      }
    }
  }

  /** The values given, and for each indicator its evidence: without it the indicator is not met (Điều 9, 15 khoản 3). */
  private static void fillUnit(Sheet sheet, Map<String, String> values) {
    for (Row row : sheet) {
      String key = row.getCell(0).getStringCellValue();
      if (values.containsKey(key)) {
        row.getCell(1).setCellValue(values.get(key));
        if (key.startsWith("TC")) {
          row.getCell(2).setCellValue("Văn bản số 12/" + key);
        }
      }
    }
  }
}
