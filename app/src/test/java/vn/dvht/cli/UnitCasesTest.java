package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.Golden;

/**
 * Units of every kind TT 24 covers, each a folder {@code src/test/resources/eval/<case>/} with its unit
 * sheet ({@code don-vi.csv}, "Loại đơn vị" written the way that unit's clerk names it), its members
 * ({@code thanh-vien.csv}), optionally its own {@code ruleset.yaml}, and the expected JSON result
 * ({@code expected.json}, without the SHA-256 fingerprints, which other tests pin). A new case is new
 * files. Review a change, then accept it with {@code -Ddvht.updateGolden=true}.
 */
class UnitCasesTest {
  static final Path CASES = Path.of("src", "test", "resources", "eval");
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What each case is there to show; the golden must agree. */
  static final Map<String, String> EXPECTED = Map.of(
      "thpt-tu-thuc", "thpt ngoai-cong-lap muc-2 muc-2 TC1.CT3=khong-ap-dung",
      "ubnd-xa", "ubnd-xa - muc-1 muc-1 TC1.CT3=dat",
      "co-quan-dang", "co-quan-dang - muc-1 muc-1 TC1.CT3=dat",
      "hoi-phu-nu", "mttq-doan-the - muc-1 muc-1 TC1.CT3=dat",
      "dai-hoc-tu-thuc", "dai-hoc ngoai-cong-lap muc-2 muc-1 TC1.CT3=khong-ap-dung",
      // "Công dân học tập" from the members' own scores at the edges (ScoredTitleTest): too few hold it.
      "cdht-diem", "thpt ngoai-cong-lap null null TC1.CT3=khong-ap-dung");

  @TestFactory
  Stream<DynamicTest> everyUnitCaseMatchesItsExpectedResult() throws IOException {
    return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void everyCaseSaysWhatItShows() throws IOException {
    assertThat(cases()).extracting(d -> d.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void check(Path dir) throws IOException {
    Path ruleset = dir.resolve("ruleset.yaml");
    List<String> args = new ArrayList<>(List.of("evaluate", dir.resolve("thanh-vien.csv").toString(),
        "--unit", dir.resolve("don-vi.csv").toString(), "--json", "--no-files", "--date", "2026-01-10"));
    if (Files.exists(ruleset)) {
      args.addAll(List.of("--ruleset", ruleset.toString()));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.err()).as(dir.toString()).isEmpty();
    assertThat(run.code()).as(dir.toString()).isZero();
    JsonNode unit = withoutFingerprints(JSON.readTree(run.out())).path("units").path(0);
    assertThat(summary(unit)).as(dir.toString()).isEqualTo(EXPECTED.get(dir.getFileName().toString()));
    Golden.compare(dir.resolve("expected.json"), (JSON.writeValueAsString(unit) + "\n").replace("\r\n", "\n"));
  }

  /** "thpt ngoai-cong-lap muc-2 muc-1 TC1.CT3=khong-ap-dung": type, ownership, level, eligible level, TC1.CT3. */
  private static String summary(JsonNode unit) {
    String ct3 = "";
    for (JsonNode level : unit.path("levels")) {
      for (JsonNode indicator : level.path("indicators")) {
        if (indicator.path("id").asText().equals("TC1.CT3") && level.path("id").asText().equals("muc-1")) {
          ct3 = indicator.path("status").asText();
        }
      }
    }
    return String.join(" ", unit.path("unitType").asText(),
        unit.path("ownership").isNull() ? "-" : unit.path("ownership").asText(),
        unit.path("level").asText(), unit.path("eligibleLevel").asText(), "TC1.CT3=" + ct3);
  }

  private static JsonNode withoutFingerprints(JsonNode result) {
    for (JsonNode unit : result.path("units")) {
      ((ObjectNode) unit.path("ruleset")).remove("sha256");
      ((ObjectNode) unit.path("ruleset")).remove("source");
      for (JsonNode input : unit.path("inputs")) {
        ((ObjectNode) input).remove("sha256");
      }
      for (JsonNode warning : unit.path("warnings")) {
        ((ObjectNode) warning).remove("file");
      }
    }
    return result;
  }
}
