package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.samples.SampleWorkbooks;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.ExcelCsv;

/**
 * Issue 5's promise: a sample saved as CSV by Excel on Vietnamese Windows (Windows-1258, ";") evaluates
 * to the same result as the workbook it came from.
 */
class ExcelCsvSamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> samples() throws Exception {
    return Files.list(Path.of("..", "samples")).filter(p -> p.toString().endsWith(".xlsx")).sorted();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theYearInAUnitCsvChoosesTheRulesetAsTheWorkbookDoes(Path sample, @TempDir Path dir) throws Exception {
    Path members = dir.resolve("thanh-vien.csv");
    Path unit = dir.resolve("don-vi.csv");
    saveAsWindowsCsv(sample, members, unit);
    String fromWorkbook = CliRun.of("evaluate", sample.toString(), "--dry-run").out();
    // 004 fills its unit sheet for the circular its plan cites, not the one in force for its year.
    assumeFalse(rulesetLine(fromWorkbook).isEmpty(), "a sample whose unit sheet names no ruleset for its year (004)");
    String fromCsv = CliRun.of("evaluate", members.toString(), "--unit", unit.toString(), "--dry-run").out();
    assertThat(rulesetLine(fromCsv)).isEqualTo(rulesetLine(fromWorkbook)).startsWith("Bộ tiêu chí: tt2");
  }

  /** The sample's two sheets as Excel on Vietnamese Windows saves them ("CSV", Windows-1258, ";"). */
  private static void saveAsWindowsCsv(Path sample, Path members, Path unit) throws Exception {
    try (InputStream in = Files.newInputStream(sample); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Files.write(members, ExcelCsv.save(workbook.getSheet("Thành viên")));
      Files.write(unit, ExcelCsv.save(workbook.getSheet("Đơn vị")));
    }
  }

  private static String rulesetLine(String dryRun) {
    return dryRun.lines().filter(l -> l.startsWith("Bộ tiêu chí:")).findFirst().orElse("");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aSampleSavedAsWindowsCsvGivesTheSameResult(Path sample, @TempDir Path dir) throws Exception {
    Path members = dir.resolve("thanh-vien.csv");
    Path unit = dir.resolve("don-vi.csv");
    saveAsWindowsCsv(sample, members, unit);
    String ruleset = SampleWorkbooks.rulesetOf(sample.getFileName().toString());
    CliRun fromWorkbook = CliRun.of("evaluate", sample.toString(), "--ruleset", ruleset, "--json", "--no-files");
    CliRun fromCsv = CliRun.of("evaluate", members.toString(), "--unit", unit.toString(), "--ruleset", ruleset,
        "--json", "--no-files");

    assertThat(fromCsv.code()).as(fromCsv.err()).isEqualTo(fromWorkbook.code());
    assertThat(result(fromCsv)).isEqualTo(result(fromWorkbook));
    assertThat(CliRun.of("evaluate", members.toString(), "--unit", unit.toString(), "--ruleset", ruleset, "--dry-run")
        .out())
        .contains("CSV, mã Windows-1258, phân cách \";\"");
  }

  /** The unit's result without where it was read from (file names, and a CSV's "sheet" is its file name). */
  private static JsonNode result(CliRun run) throws Exception {
    ObjectNode unit = (ObjectNode) JSON.readTree(run.out()).path("units").path(0);
    unit.remove("input");
    unit.remove("inputs");
    unit.remove("warnings");
    unit.path("gaps").forEach(gap -> gap.path("members").forEach(member -> ((ObjectNode) member).remove("sheet")));
    return unit;
  }
}
