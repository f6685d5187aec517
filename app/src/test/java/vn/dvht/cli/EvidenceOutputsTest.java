package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.Dossier;
import vn.dvht.testing.XlsxDump;

/**
 * No evidence, no pass (Thông tư 24/2023 Điều 9, 15 khoản 3), as a clerk meets it: the unit case
 * {@code eval/hoi-phu-nu} with TC1.CT2's "Minh chứng" emptied is "Không đạt — thiếu minh chứng" in every
 * output, and {@code dvht template} and {@code --dry-run} say what that column is for beforehand.
 */
class EvidenceOutputsTest {
  static final Path CASE = Path.of("src", "test", "resources", "eval", "hoi-phu-nu");
  static final String NOTE = "thiếu minh chứng — Điều 9, 15 khoản 3";

  @Test
  void anAnswerWithoutEvidenceIsNotMetInEveryOutput(@TempDir Path dir) throws Exception {
    Path unit = unitSheetWithoutEvidence(dir, "TC1.CT2");
    Path members = CASE.resolve("thanh-vien.csv");

    Dossier d = Dossier.of(dir, members, "--unit", unit.toString(), "--date", "2026-01-10");
    JsonNode json = new ObjectMapper().readTree(CliRun.of("evaluate", members.toString(), "--unit", unit.toString(),
        "--no-files", "--json").out());

    assertThat(d.console()).contains("Không đạt — " + NOTE).contains("Kết luận: Đơn vị chưa đạt mức độ nào.");
    assertThat(d.sheet("Tổng hợp")).contains(NOTE);
    assertThat(d.word()).contains("Không đạt (" + NOTE + ")").doesNotContain("TỜ TRÌNH");
    assertThat(d.html()).contains(NOTE);
    assertThat(d.markdown()).contains(NOTE);
    JsonNode first = json.path("units").path(0).path("levels").path(0).path("indicators");
    assertThat(first.findParents("id").stream().filter(i -> i.path("id").asText().equals("TC1.CT2")).findFirst()
        .orElseThrow().path("reason").asText()).isEqualTo("missing-evidence");
    assertThat(json.path("units").path(0).path("level").isNull()).isTrue();
  }

  @Test
  void theTemplateAndTheDryRunSayWhatAnEmptyEvidenceCellMeans(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("mau.xlsx");
    assertThat(CliRun.of("template", "-r", "tt24", "-o", template.toString()).code()).isZero();
    Path unit = unitSheetWithoutEvidence(dir, "TC3.CT3");
    CliRun dry = CliRun.of("evaluate", CASE.resolve("thanh-vien.csv").toString(), "--unit", unit.toString(),
        "--dry-run");
    CliRun dryJson = CliRun.of("evaluate", CASE.resolve("thanh-vien.csv").toString(), "--unit", unit.toString(),
        "--dry-run", "--json");

    assertThat(XlsxDump.of(template)).contains("để trống thì chỉ tiêu đó được tính là Không đạt (Điều 9, 15 khoản 3: "
        + "\"Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt.\"). Minh chứng có phù hợp "
        + "hay không do Hội đồng đánh giá xem xét.");
    try (var in = Files.newInputStream(template); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      assertThat(book.getSheet("Đơn vị").getDataValidations()).as("selecting a Minh chứng cell says what it is for")
          .anySatisfy(v -> {
            assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(2);
            assertThat(v.getPromptBoxText()).isEqualTo("Ghi số, ngày văn bản làm minh chứng. Để trống thì chỉ tiêu "
                + "Không đạt (Điều 9, 15 khoản 3).");
          });
    }
    assertThat(dry.out()).contains("TC1.CT1: Có — minh chứng: Kế hoạch học tập năm 2025",
        "TC3.CT3: Tập thể lao động tiên tiến — thiếu minh chứng: sẽ tính là Không đạt (Điều 9, 15 khoản 3)",
        "Minh chứng có phù hợp hay không do Hội đồng đánh giá xem xét.");
    JsonNode indicators = new ObjectMapper().readTree(dryJson.out()).path("units").path(0).path("unitIndicators");
    assertThat(indicators.findParents("id")).filteredOn(i -> i.path("missingEvidence").asBoolean())
        .extracting(i -> i.path("id").asText()).containsExactly("TC3.CT3");
  }

  /** The case's unit sheet with the evidence of {@code indicator} emptied. */
  private static Path unitSheetWithoutEvidence(Path dir, String indicator) throws Exception {
    List<String> lines = Files.readAllLines(CASE.resolve("don-vi.csv"), StandardCharsets.UTF_8).stream()
        .map(l -> l.startsWith(indicator + ";") ? l.substring(0, l.lastIndexOf(';') + 1) : l).toList();
    return Files.write(dir.resolve("don-vi.csv"), lines, StandardCharsets.UTF_8);
  }
}
