package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/** {@code dvht diff}: one more certificate moves Hoa Sen over the level-1 line, and the diff says so. */
class DiffCommandTest {

  @Test
  void reportsLevelIndicatorAndMemberChanges(@TempDir Path dir) throws Exception {
    Path before = dir.resolve("truoc.json");
    Path after = dir.resolve("sau.json");
    Path improved = dir.resolve("hoa-sen-sau.xlsx");
    String name = giveOneMoreCertificate(Path.of("../samples/001-mn-hoa-sen.xlsx"), improved);
    Files.writeString(before, CliRun.of("evaluate", "../samples/001-mn-hoa-sen.xlsx", "--json", "--no-files").out());
    Files.writeString(after, CliRun.of("evaluate", improved.toString(), "--json", "--no-files").out());

    CliRun diff = CliRun.of("diff", before.toString(), after.toString());

    assertThat(diff.code()).isZero();
    assertThat(diff.err()).isEmpty();
    assertThat(diff.out())
        .contains("Đơn vị: Trường mầm non Hoa Sen")
        .contains("Mức đạt: chưa đạt mức nào → Mức độ 1")
        .contains("Mức độ 1: Không đạt → Đạt")
        .contains("TC2.CT4 (Mức độ 1): Không đạt, 17/36 (47,22 %) → Đạt, 18/36 (50,00 %)")
        .contains("TC2.CT4: 1 người mới đạt — " + name);
  }

  @Test
  void jsonSaysTheSameAndExitCodeSevenMeansTheyDiffer(@TempDir Path dir) throws Exception {
    Path before = dir.resolve("truoc.json");
    Path after = dir.resolve("sau.json");
    Path improved = dir.resolve("hoa-sen-sau.xlsx");
    String name = giveOneMoreCertificate(Path.of("../samples/001-mn-hoa-sen.xlsx"), improved);
    Files.writeString(before, CliRun.of("evaluate", "../samples/001-mn-hoa-sen.xlsx", "--json", "--no-files").out());
    Files.writeString(after, CliRun.of("evaluate", improved.toString(), "--json", "--no-files").out());

    CliRun diff = CliRun.of("diff", before.toString(), after.toString(), "--json", "--exit-code");

    assertThat(diff.code()).isEqualTo(7);
    assertThat(diff.err()).isEmpty();
    var json = JsonContractTest.valid(diff.out());
    assertThat(json.path("kind").asText()).isEqualTo("diff");
    assertThat(json.path("before").asText()).isEqualTo(before.toString());
    assertThat(json.path("same").asBoolean()).isFalse();
    var unit = json.path("units").path(0);
    assertThat(unit.path("name").asText()).isEqualTo("Trường mầm non Hoa Sen");
    assertThat(unit.path("change").asText()).isEqualTo("changed");
    assertThat(unit.path("level").path("before").isNull()).isTrue();
    assertThat(unit.path("level").path("after").asText()).isEqualTo("muc-1");
    assertThat(unit.path("levels").path(0).path("after").asBoolean()).isTrue();
    var indicator = unit.path("indicators").path(0);
    assertThat(indicator.path("id").asText()).isEqualTo("TC2.CT4");
    assertThat(indicator.path("before").path("numerator").asInt()).isEqualTo(17);
    assertThat(indicator.path("after").path("numerator").asInt()).isEqualTo(18);
    assertThat(indicator.path("after").path("status").asText()).isEqualTo("dat");
    assertThat(unit.path("members").path(0).path("nowPassing").path(0).asText()).isEqualTo(name);
    assertThat(CliRun.of("diff", before.toString(), after.toString()).code()).as("without --exit-code").isZero();

    CliRun same = CliRun.of("diff", before.toString(), before.toString(), "--json", "--exit-code");
    assertThat(same.code()).isZero();
    assertThat(JsonContractTest.valid(same.out()).path("same").asBoolean()).isTrue();
    assertThat(JsonContractTest.valid(same.out()).path("units").path(0).path("change").asText()).isEqualTo("unchanged");
  }

  @Test
  void aDryRunOrADiffIsNotAResultToCompare(@TempDir Path dir) throws Exception {
    Path dryRun = dir.resolve("thu.json");
    Files.writeString(dryRun, CliRun.of("evaluate", "../samples/001-mn-hoa-sen.xlsx", "--json", "--dry-run").out());
    CliRun run = CliRun.of("diff", dryRun.toString(), dryRun.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("không phải kết quả JSON của dvht");
  }

  @Test
  void badFilesExitThree(@TempDir Path dir) throws Exception {
    Path notJson = dir.resolve("x.json");
    Files.writeString(notJson, "{ khong");
    CliRun run = CliRun.of("diff", notJson.toString(), notJson.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(notJson + ":1:", "JSON không hợp lệ");
    Path other = dir.resolve("y.json");
    Files.writeString(other, "{\"a\": 1}");
    assertThat(CliRun.of("diff", other.toString(), other.toString()).err()).contains("không phải kết quả JSON của dvht");
  }

  /** Ticks the first blank foreign-language cell; returns that member's name. */
  private static String giveOneMoreCertificate(Path sample, Path target) throws Exception {
    try (InputStream in = Files.newInputStream(sample); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("Thành viên");
      Row header = sheet.getRow(2);
      int column = -1;
      for (int c = 0; c < header.getLastCellNum(); c++) {
        if (header.getCell(c).getStringCellValue().equals("Chứng chỉ ngoại ngữ")) {
          column = c;
        }
      }
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row.getCell(column).getStringCellValue().isEmpty()) {
          row.getCell(column).setCellValue("x");
          try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
          }
          return row.getCell(1).getStringCellValue();
        }
      }
    }
    throw new AssertionError("no blank certificate cell");
  }
}
