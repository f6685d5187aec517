package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.bench.Generate;
import vn.dvht.diag.Warnings;
import vn.dvht.testing.ProcessRun;
import vn.dvht.testing.SheetRows;

/**
 * The packaged jar in a child JVM of {@code -Xmx256m}, the heap the README promises, on inputs above
 * every cap: a million members with three data warnings each (3 million warnings, 10,000 listed per
 * code), the JSON on stdout and the whole dossier written; and a CSV at its row limit. The million
 * sizes are the issue's; the full-size benchmarks, with memory and time, are in docs/benchmarks.md.
 */
class ScaleIT {
  private static final int MEMBERS = 1_000_000;
  private static final Path JAR = Path.of(System.getProperty("dvht.jar", "target/dvht.jar")).toAbsolutePath();

  @Test
  void aMillionMembersWithThreeWarningsEachGiveTheirJsonAndDossierIn256Mb(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("canh-bao.xlsx");
    Generate.warnings(input, MEMBERS);
    Path out = dir.resolve("ket-qua");

    ProcessRun run = dvht(dir, "evaluate", input.toString(), "--ruleset", "tt24", "--json", "--out", out.toString(),
        "--date", "2026-01-10");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode unit = JsonContractTest.valid(run.out()).path("units").path(0);
    assertThat(unit.path("members").path("thanh-vien").asLong()).isEqualTo(MEMBERS);
    assertThat(unit.path("warningTotals").toString())
        .isEqualTo("{\"I215\":" + MEMBERS + ",\"I211\":" + MEMBERS + ",\"I214\":" + (MEMBERS - 1) + "}");
    assertThat(unit.path("warnings")).hasSize(3 * Warnings.LISTED);
    assertThat(unit.path("warnings").path(3 * Warnings.LISTED - 1).path("row").asInt())
        .as("the last listed: the 10,000th duplicate identifier, on the row after the first member's")
        .isEqualTo(Warnings.LISTED + 2);

    Map<String, Map<Integer, List<String>>> book = SheetRows.read(out.resolve("canh-bao-ket-qua.xlsx"),
        name -> !name.startsWith("Thành viên"));
    assertThat(book.keySet()).containsExactly("Tổng hợp", "Biểu đồ", "Cần bổ sung");
    List<List<String>> followUp = new ArrayList<>(book.get("Cần bổ sung").values());
    assertThat(followUp).contains(List.of("Cảnh báo dữ liệu (" + (3L * MEMBERS - 1) + ")"));
    for (String code : List.of("I215", "I211", "I214")) {
      List<List<String>> rows = followUp.stream().filter(r -> !r.isEmpty() && r.get(0).equals(code)).toList();
      long total = code.equals("I214") ? MEMBERS - 1 : MEMBERS;
      assertThat(rows).as(code).hasSize(Warnings.LISTED + 1);
      assertThat(rows.get(Warnings.LISTED)).as(code).containsExactly(code,
          total + " cảnh báo " + code + "; chỉ liệt kê 10000 cảnh báo đầu tiên.");
    }
    assertThat(out.resolve("canh-bao-bao-cao.docx")).isNotEmptyFile();
  }

  @Test
  void aCsvAtItsRowLimitIsEvaluatedWithItsWholeDossierIn256Mb(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("danh-sach.csv");
    int members = 1_048_575; // with its header, 1,048,576 rows: the most a CSV may have without --allow-large
    Generate.csv(input, members);
    Path out = dir.resolve("ket-qua");

    ProcessRun run = dvht(dir, "evaluate", input.toString(), "--ruleset", "tt24", "--json", "--out", out.toString(),
        "--date", "2026-01-10");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode unit = JsonContractTest.valid(run.out()).path("units").path(0);
    assertThat(unit.path("members").path("thanh-vien").asLong()).isEqualTo(members);
    assertThat(unit.path("level").asText()).isEqualTo("muc-1");
    assertThat(out.resolve("danh-sach-ket-qua.xlsx")).isNotEmptyFile();
    assertThat(Files.size(input)).as("a CSV of typical rows at the row limit").isGreaterThan(75_000_000L);
  }

  private static ProcessRun dvht(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("LANG", "C.UTF-8");
    return ProcessRun.of(builder, 600);
  }
}
