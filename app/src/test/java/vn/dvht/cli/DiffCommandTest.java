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
    Results r = hoaSenBeforeAndAfter(dir);
    Path before = r.before();
    Path after = r.after();
    String name = r.name();

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
    Results r = hoaSenBeforeAndAfter(dir);
    Path before = r.before();
    Path after = r.after();
    String name = r.name();

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

  /** Malformed JSON: the file, line and column in the user's language, never Jackson's English. */
  @Test
  void malformedJsonIsNamedAtItsLineAndColumnWithoutLibraryText(@TempDir Path dir) throws Exception {
    Path syntax = dir.resolve("syntax.json");
    Files.writeString(syntax, "{\n  \"units\": [{},, {}]\n}\n");
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, "{\"units\": [\n  {\"a\": 1}\n");
    Path deep = dir.resolve("deep.json");
    Files.writeString(deep, "{\"units\": [{\"levels\": [{\"x\": " + "[".repeat(1_500) + "]".repeat(1_500) + "}]}]}");
    Path badUtf8 = dir.resolve("bytes.json");
    Files.write(badUtf8, new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'});
    Path good = dir.resolve("good.json");
    Files.writeString(good, "{\"units\": []}");

    CliRun run = CliRun.of("diff", syntax.toString(), good.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(syntax + ":2:16: JSON không hợp lệ ở dòng 2, cột 16 — có ký tự không đúng cú pháp JSON",
        "cần tệp kết quả do dvht evaluate --json ghi ra");
    assertThat(CliRun.of("diff", good.toString(), cut.toString()).err())
        .contains(cut + ":3:1: JSON không hợp lệ ở dòng 3, cột 1 — tệp kết thúc giữa chừng");
    assertThat(CliRun.of("diff", deep.toString(), good.toString()).err())
        .contains(deep + ": JSON không hợp lệ — tệp lồng quá sâu hoặc có một giá trị quá dài");
    assertThat(CliRun.of("diff", badUtf8.toString(), good.toString()).err()).contains(badUtf8 + ":1:", "JSON không hợp lệ");
    CliRun english = CliRun.of("--lang", "en", "diff", syntax.toString(), good.toString());
    assertThat(english.err()).contains(syntax + ":2:16: invalid JSON at line 2, column 16 — a character here is not valid",
        "expected a result file written by dvht evaluate --json");
    for (Path file : new Path[] {syntax, cut, deep, badUtf8}) {
      String err = CliRun.of("diff", file.toString(), good.toString()).err();
      assertThat(err).as(file.toString()).doesNotContain("Unexpected", "expected", "Invalid", "token", "source:",
          "code ", "Exception", "depth", "at [");
      assertThat(err.lines()).as(file.toString()).hasSize(1);
    }
  }

  /** Ticks the first blank foreign-language cell; returns that member's name. */
  /** The results of Hoa Sen before and after one member gained a certificate, and that member's name. */
  record Results(Path before, Path after, String name) {}

  static Results hoaSenBeforeAndAfter(Path dir) throws Exception {
    Path before = dir.resolve("truoc.json");
    Path after = dir.resolve("sau.json");
    Path improved = dir.resolve("hoa-sen-sau.xlsx");
    String name = giveOneMoreCertificate(Path.of("../samples/001-mn-hoa-sen.xlsx"), improved);
    Files.writeString(before, CliRun.of("evaluate", "../samples/001-mn-hoa-sen.xlsx", "--json", "--no-files").out());
    Files.writeString(after, CliRun.of("evaluate", improved.toString(), "--json", "--no-files").out());
    return new Results(before, after, name);
  }

  static String giveOneMoreCertificate(Path sample, Path target) throws Exception {
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
