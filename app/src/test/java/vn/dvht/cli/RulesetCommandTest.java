package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import vn.dvht.testing.CliRun;

/** {@code dvht ruleset check|list|show|schema}, as ruleset maintainers and their CI use them. */
class RulesetCommandTest {
  static final String INVALID = "src/test/resources/ruleset/invalid";

  @Test
  void everyShippedRulesetChecksClean() {
    CliRun run = CliRun.of("ruleset", "check", "../rulesets");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("Hợp lệ: 9 tệp bộ tiêu chí.\n");
  }

  @Test
  void everyInvalidCaseIsReportedInOneRun() throws Exception {
    CliRun run = CliRun.of("ruleset", "check", INVALID);
    long cases;
    try (Stream<Path> files = Files.list(Path.of(INVALID))) {
      cases = files.filter(p -> !p.toString().endsWith(".err")).count();
    }
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).contains("Đã kiểm tra " + cases + " tệp: " + cases + " tệp có lỗi")
        .contains("scored-points-sum.yaml:8:10: lỗi[R020]: điểm các chỉ tiêu cộng lại là 18, khác tổng điểm khai báo 20");
  }

  @Test
  void machineFormatsParse() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CliRun.of("ruleset", "check", INVALID, "--format", "json").out());
    assertThat(json.path("files")).allSatisfy(f -> assertThat(f.path("valid").asBoolean()).isFalse());
    assertThat(json.path("files")).as("problems, as a result's failures name them").allSatisfy(f -> {
      assertThat(f.path("problems").path(0).path("code").asText()).matches("R[0-9]{3}");
      assertThat(f.path("problems").path(0).path("severity").asText()).isEqualTo("error");
      assertThat(f.has("diagnostics")).isFalse();
    });
    JsonNode sarif = new ObjectMapper().readTree(CliRun.of("ruleset", "check", INVALID, "--format", "sarif").out());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("runs").path(0).path("results").findValuesAsText("ruleId")).contains("R001", "R012", "R022");
    String junit = CliRun.of("ruleset", "check", INVALID, "../rulesets/tt24.yaml", "--format", "junit").out();
    var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8)));
    var suite = document.getDocumentElement();
    assertThat(Integer.parseInt(suite.getAttribute("tests")) - Integer.parseInt(suite.getAttribute("failures")))
        .isEqualTo(1);
    assertThat(CliRun.of("ruleset", "check", INVALID, "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void theBuiltInRulesetsPassTheirOwnTestsAndABrokenThresholdFails(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    CliRun run = CliRun.of("ruleset", "test", "../rulesets");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("ĐẠT    ../rulesets/tt24.yaml:").endsWith(" ca đạt, 0 ca sai.\n");

    String tt24 = Files.readString(Path.of("../rulesets/tt24.yaml"));
    String broken = tt24.replace("{authority: huyen, level: muc-1, min: 90, confidence: stated, citation: Điều 6 khoản 2 điểm a}",
        "{authority: huyen, level: muc-1, min: 91, confidence: stated, citation: Điều 6 khoản 2 điểm a}");
    assertThat(broken).isNotEqualTo(tt24);
    Path file = Files.writeString(dir.resolve("tt24-hong.yaml"), broken);
    CliRun failing = CliRun.of("ruleset", "test", file.toString());
    assertThat(failing.code()).isEqualTo(ExitCode.TESTS_FAILED.code());
    assertThat(failing.out()).contains("SAI    " + file + ":")
        .contains("TC2.CT1 cấp huyện muc-1: 90/100 (đúng 90 %)")
        .contains("TC2.CT1@muc-1: cần dat, được khong-dat")
        .contains("level: cần muc-1, được none");
  }

  @Test
  void listAndShowReadWell() {
    assertThat(CliRun.of("ruleset", "list").out()).contains("tt24  Thông tư 24/2023/TT-BGDĐT  (hiệu lực 26/01/2024 – …)")
        .contains("tt22  Thông tư 22/2020/TT-BGDĐT  (hiệu lực 21/09/2020 – 25/01/2024)");
    CliRun show = CliRun.of("ruleset", "show", "tt24");
    assertThat(show.code()).isZero();
    assertThat(show.out()).contains("Cấp tỉnh · Mức độ 2", "≥ 70 % (*)", "TC2.CT1: Điều 6 khoản 2 điểm a",
        "(*) ngưỡng suy luận");
    assertThat(CliRun.of("ruleset", "show", "../rulesets/plans/003-thpt-ly-nhan.yaml").out())
        .contains("Chỉ tiêu kế hoạch năm học 2025–2026 của đơn vị");
  }

  @Test
  void thePublishedSchemaAcceptsEveryRulesetWeShipAndRejectsUnknownKeys() throws Exception {
    String schemaText = CliRun.of("ruleset", "schema").out();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
    YAMLMapper yaml = new YAMLMapper();
    List<Path> shipped;
    try (Stream<Path> files = Files.walk(Path.of("../rulesets"))) {
      shipped = files.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
    for (Path file : shipped) {
      Set<ValidationMessage> problems = schema.validate(yaml.readTree(file.toFile()));
      assertThat(problems).as(file.toString()).isEmpty();
    }
    assertThat(schema.validate(yaml.readTree(Path.of(INVALID, "unknown-key-top.yaml").toFile()))).isNotEmpty();
    assertThat(schema.validate(yaml.readTree(Path.of(INVALID, "threshold-out-of-range.yaml").toFile()))).isNotEmpty();
  }
}
