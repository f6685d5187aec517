package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.json.Envelope;
import vn.dvht.testing.CliRun;

/**
 * The JSON contract: every JSON document dvht prints (one unit, a batch, a unit that cannot be read,
 * the {@code --report json} file, a dry run, a diff) validates against {@code dvht schema result}, carries
 * {@code schemaVersion}, and has one shape for one unit and for a batch; the schema is closed and
 * describes every key, so a key added without it fails here.
 */
class JsonContractTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String LY_NHAN = EvaluateCommandTest.LY_NHAN;
  static final String HOA_SEN = EvaluateCommandTest.HOA_SEN;

  static JsonSchema published() {
    CliRun run = CliRun.of("schema", "result");
    assertThat(run.code()).isZero();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(run.out());
  }

  /** The document, after checking it validates against the published schema. */
  static JsonNode valid(String text) throws Exception {
    JsonNode node = JSON.readTree(text);
    List<String> problems = published().validate(node).stream().map(ValidationMessage::getMessage).toList();
    assertThat(problems).as(text.length() > 3000 ? text.substring(0, 3000) : text).isEmpty();
    assertThat(node.path("schemaVersion").asInt()).isEqualTo(Envelope.VERSION);
    return node;
  }

  @Test
  void oneUnitNamesItsInputAsGivenAndTheFilesWrittenForIt(@TempDir Path out) throws Exception {
    CliRun run = CliRun.of("evaluate", LY_NHAN, "--json", "--out", out.toString());
    assertThat(run.code()).isZero();
    JsonNode json = valid(run.out());
    assertThat(json.path("kind").asText()).isEqualTo("result");
    assertThat(json.path("failures").isArray()).isTrue();
    assertThat(json.path("failures")).isEmpty();
    JsonNode unit = json.path("units").path(0);
    assertThat(unit.path("input").asText()).isEqualTo(LY_NHAN);
    assertThat(unit.path("inputs").path(0).path("file").asText()).isEqualTo(LY_NHAN);
    assertThat(unit.path("outputs").toString())
        .isEqualTo("[\"003-thpt-ly-nhan-ket-qua.xlsx\",\"003-thpt-ly-nhan-bao-cao.docx\","
            + "\"003-thpt-ly-nhan-quyet-dinh-cdht.docx\"]");
    unit.path("outputs").forEach(name -> assertThat(out.resolve(name.asText())).exists());
    assertThat(unit.path("ruleset").path("id").asText()).isEqualTo("tt24");
    assertThat(json.has("ruleset")).as("the ruleset is each unit's, as in a batch").isFalse();

    JsonNode noFiles = valid(CliRun.of("evaluate", LY_NHAN, "--json", "--no-files").out()).path("units").path(0);
    assertThat(noFiles.path("outputs")).isEmpty();
  }

  @Test
  void theReportJsonFileIsTheSameDocument(@TempDir Path out) throws Exception {
    CliRun run = CliRun.of("evaluate", HOA_SEN, "--report", "json", "--json", "--out", out.toString());
    assertThat(run.code()).isZero();
    JsonNode file = valid(Files.readString(out.resolve("001-mn-hoa-sen-bao-cao.json")));
    assertThat(file.path("units").path(0).path("outputs").toString())
        .isEqualTo("[\"001-mn-hoa-sen-ket-qua.xlsx\",\"001-mn-hoa-sen-bao-cao.json\","
            + "\"001-mn-hoa-sen-quyet-dinh-cdht.docx\"]");
    assertThat(file).isEqualTo(valid(run.out()));
  }

  @Test
  void aBatchHasTheShapeOfOneUnitAndNamesItsFailuresAsGiven(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("don vị"));
    Files.copy(Path.of(LY_NHAN), in.resolve("a.xlsx"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(Path.of(HOA_SEN), in.resolve("b.xlsx"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(in.resolve("c.csv"), "khong phai danh sach");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("evaluate", in.toString(), "--json", "--quiet", "--out", out.toString());
    assertThat(run.code()).isEqualTo(3);
    JsonNode json = valid(run.out());
    assertThat(fieldNames(json)).isEqualTo(fieldNames(valid(CliRun.of("evaluate", LY_NHAN, "--json", "--no-files").out())));
    JsonNode a = json.path("units").path(0);
    assertThat(a.path("input").asText()).isEqualTo(in.resolve("a.xlsx").toString());
    assertThat(a.path("inputs").path(0).path("file").asText()).isEqualTo(in.resolve("a.xlsx").toString());
    assertThat(a.path("outputs")).hasSize(3);
    JsonNode failure = json.path("failures").path(0);
    assertThat(failure.path("file").asText()).isEqualTo(in.resolve("c.csv").toString());
    assertThat(failure.path("problems").path(0).path("file").asText()).isEqualTo(in.resolve("c.csv").toString());
    assertThat(failure.path("problems").path(0).path("severity").asText()).isEqualTo("error");
  }

  @Test
  void oneUnitThatCannotBeReadIsAFailureInTheSameDocumentAndExitsThree(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("hong.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
    CliRun run = CliRun.of("evaluate", broken.toString(), "--json", "--no-files");
    assertThat(run.code()).isEqualTo(3);
    JsonNode json = valid(run.out());
    assertThat(json.path("kind").asText()).isEqualTo("result");
    assertThat(json.path("units")).isEmpty();
    assertThat(json.path("failures").path(0).path("file").asText()).isEqualTo(broken.toString());
    assertThat(json.path("failures").path(0).path("problems").path(0).path("message").asText())
        .contains("không đọc được như một bảng tính Excel");
    assertThat(run.err()).as("people still read why on stderr").contains("không đọc được như một bảng tính Excel");
  }

  @Test
  void aDryRunIsJsonSayingHowTheFileWasUnderstood(@TempDir Path out) throws Exception {
    CliRun run = CliRun.of("evaluate", LY_NHAN, "--dry-run", "--json", "--out", out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = valid(run.out());
    assertThat(json.path("kind").asText()).isEqualTo("dry-run");
    JsonNode unit = json.path("units").path(0);
    assertThat(unit.path("input").asText()).isEqualTo(LY_NHAN);
    assertThat(unit.path("outputs")).isEmpty();
    assertThat(unit.path("sheet").asText()).isEqualTo("Thành viên");
    assertThat(unit.path("headerRow").asInt()).isEqualTo(3);
    assertThat(unit.path("members").path("thanh-vien").asInt()).isEqualTo(70);
    assertThat(unit.path("members").path("nguoi-hoc").asInt()).isEqualTo(50);
    assertThat(unit.path("columns").findValuesAsText("field")).contains("Kỷ luật lao động");
    assertThat(unit.path("firstRows").path(0).path("row").asInt()).isEqualTo(4);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }

    Path missingColumn = out.resolve("thieu.csv");
    Files.writeString(missingColumn, "Họ và tên\nA\n");
    CliRun failed = CliRun.of("evaluate", missingColumn.toString(), "--dry-run", "--json");
    assertThat(failed.code()).isEqualTo(3);
    JsonNode failure = valid(failed.out());
    assertThat(failure.path("kind").asText()).isEqualTo("dry-run");
    assertThat(failure.path("failures").path(0).path("file").asText()).isEqualTo(missingColumn.toString());
  }

  @Test
  void aDryRunOverSeveralFilesIsOneDocumentAndEvaluatesNothing(@TempDir Path out) throws Exception {
    Path missingColumn = Files.writeString(Files.createDirectories(out.resolve("in")).resolve("thieu.csv"),
        "Họ và tên\nA\n");
    Path results = out.resolve("ket-qua");
    CliRun run = CliRun.of("evaluate", LY_NHAN, HOA_SEN, missingColumn.toString(), "--dry-run", "--json",
        "--out", results.toString());
    assertThat(run.code()).isEqualTo(3);
    JsonNode json = valid(run.out());
    assertThat(json.path("kind").asText()).isEqualTo("dry-run");
    assertThat(json.path("units").findValuesAsText("input")).containsExactly(LY_NHAN, HOA_SEN);
    assertThat(json.path("units").path(0).has("levels")).as("nothing evaluated").isFalse();
    assertThat(json.path("failures").path(0).path("file").asText()).isEqualTo(missingColumn.toString());
    assertThat(run.err()).contains("thieu.csv");
    assertThat(results).doesNotExist();

    CliRun text = CliRun.of("evaluate", LY_NHAN, HOA_SEN, "--dry-run", "--out", results.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("== " + LY_NHAN, "== " + HOA_SEN, "Số Thành viên: 70",
        "Đã đọc thử 2 tệp: 2 tệp đọc được, 0 tệp lỗi.").doesNotContain("Kết luận", "tong-hop");
    assertThat(text.out().split("chưa đánh giá, không ghi tệp nào", -1)).as("said once, at the end").hasSize(2);
    assertThat(results).doesNotExist();
  }

  @Test
  void rulesetCheckAndTestPrintDocumentsOfTheSameContract(@TempDir Path dir) throws Exception {
    CliRun check = CliRun.of("ruleset", "check", "tt24", RulesetCommandTest.INVALID + "/bad-kind.yaml",
        "--format", "json");
    assertThat(check.code()).isEqualTo(3);
    JsonNode checked = valid(check.out());
    assertThat(checked.path("kind").asText()).isEqualTo("ruleset-check");
    assertThat(checked.path("files").path(0).path("valid").asBoolean()).isTrue();
    assertThat(checked.path("files").path(1).path("problems").path(0).path("line").asInt()).isPositive();

    CliRun test = CliRun.of("ruleset", "test", RulesetCiTest.brokenThreshold(dir).toString(),
        RulesetCommandTest.INVALID + "/bad-kind.yaml", "--format", "json");
    assertThat(test.code()).as("a ruleset that cannot be read outranks a failing case").isEqualTo(3);
    JsonNode tested = valid(test.out());
    assertThat(tested.path("kind").asText()).isEqualTo("ruleset-test");
    assertThat(tested.path("failed").asInt()).isPositive();
    assertThat(tested.path("rulesets").path(1).path("valid").asBoolean()).isFalse();
    assertThat(valid(CliRun.of("ruleset", "test", "tt22", "--format", "json").out()).path("failed").asInt())
        .isZero();
  }

  @Test
  void everyGoldenResultValidates() throws Exception {
    List<Path> goldens = new ArrayList<>();
    try (Stream<Path> files = Files.walk(GoldenSamplesTest.GOLDEN)) {
      files.filter(p -> p.getFileName().toString().matches("(result|plan)\\.json")).sorted().forEach(goldens::add);
    }
    assertThat(goldens).hasSizeGreaterThanOrEqualTo(10);
    for (Path golden : goldens) {
      valid(Files.readString(golden));
    }
  }

  @Test
  void theSchemaIsClosedAndDescribesEveryKey() throws Exception {
    JsonNode schema = JSON.readTree(CliRun.of("schema", "result").out());
    assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    List<String> undescribed = new ArrayList<>();
    undescribed(schema, "", undescribed);
    assertThat(undescribed).isEmpty();

    ObjectNode result = (ObjectNode) JSON.readTree(CliRun.of("evaluate", HOA_SEN, "--json", "--no-files").out());
    ((ObjectNode) result.path("units").path(0)).put("undocumented", 1);
    assertThat(published().validate(result)).as("a key the schema does not describe").isNotEmpty();
    result.put("schemaVersion", Envelope.VERSION + 1);
    ((ObjectNode) result.path("units").path(0)).remove("undocumented");
    assertThat(published().validate(result)).as("another schemaVersion").isNotEmpty();
  }

  @Test
  void schemaPrintsEitherSchemaByName() {
    assertThat(CliRun.of("schema", "ruleset").out()).isEqualTo(CliRun.of("ruleset", "schema").out());
    CliRun unknown = CliRun.of("schema", "khac");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("không có lược đồ \"khac\"; chọn: result, ruleset");
  }

  /** Every key of {@code node}, recursively, with arrays' items merged: the document's shape. */
  static java.util.SortedSet<String> fieldNames(JsonNode node) {
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Every property, under any {@code properties} of {@code node}, that has no description. */
  private static void undescribed(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      node.path("properties").fields().forEachRemaining(e -> {
        if (!e.getValue().path("description").isTextual() || e.getValue().path("description").asText().isBlank()) {
          out.add(path + "/" + e.getKey());
        }
      });
      node.fields().forEachRemaining(e -> undescribed(e.getValue(), path + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        undescribed(node.get(i), path + "/" + i, out);
      }
    }
  }
}
