package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.dvht.testing.CliRun;

/**
 * {@code dvht ruleset check|test} as CI reads them: SARIF against the official SARIF 2.1.0 schema
 * (vendored from oasis-tcs/sarif-spec), JUnit XML against Apache Ant's strict JUnit schema (vendored
 * from windyroad/JUnit-Schema), GitHub annotations, and the exit codes CI gates on.
 */
class RulesetCiTest {
  static final Path BROKEN = Path.of(RulesetCommandTest.INVALID, "threshold-out-of-range.yaml");
  static final String TT24 = "../rulesets/tt24.yaml";

  /** A broken ruleset under a folder and file name with spaces and Vietnamese letters. */
  static Path awkward(Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("bộ tiêu chí"));
    return Files.copy(BROKEN, folder.resolve("tỉnh x #1.yaml"));
  }

  static JsonSchema sarifSchema() throws Exception {
    try (InputStream in = RulesetCiTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  @Test
  void sarifIsValidForRelativeAndAbsolutePathsWithSpacesAndVietnameseLetters(@TempDir Path outside) throws Exception {
    // One copy under the working directory (a relative URI against %SRCROOT%), one outside it (file://).
    Path inside = Files.createTempDirectory(Path.of("target"), "sarif-");
    try {
      sarifIsValidFor(awkward(inside), inside.resolve("bộ tiêu chí").toString());
      sarifIsValidFor(awkward(outside), outside.resolve("bộ tiêu chí").toAbsolutePath().toString());
    } finally {
      try (var files = Files.walk(inside)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void sarifIsValidFor(Path file, String folder) throws Exception {
    JsonSchema schema = sarifSchema();
    for (String given : List.of(file.toString(), file.toAbsolutePath().toString(), folder)) {
      CliRun run = CliRun.of("ruleset", "check", given, TT24, "--format", "sarif");
      assertThat(run.code()).isEqualTo(3);
      assertThat(run.err()).isEmpty();
      JsonNode log = new ObjectMapper().readTree(run.out());
      assertThat(schema.validate(log)).as(given).isEmpty();

      JsonNode sarifRun = log.path("runs").path(0);
      JsonNode location = sarifRun.path("results").path(0).path("locations").path(0).path("physicalLocation");
      String uri = location.path("artifactLocation").path("uri").asText();
      URI resolved = location.path("artifactLocation").has("uriBaseId")
          ? URI.create(sarifRun.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).resolve(uri)
          : URI.create(uri);
      assertThat(Path.of(resolved)).as(uri).isEqualTo(file.toAbsolutePath().normalize());
      assertThat(location.path("region").path("startLine").asInt()).isEqualTo(46);
    }
  }

  @Test
  void aPathInsideTheWorkingDirectoryIsRelativeToItsBaseAndOneOutsideIsAFileUri() {
    Path here = Path.of("/work/dự án");
    assertThat(ArtifactUri.of("bộ tiêu chí/tỉnh x.yaml", here))
        .isEqualTo(new ArtifactUri("b%E1%BB%99%20ti%C3%AAu%20ch%C3%AD/t%E1%BB%89nh%20x.yaml",
            java.util.Optional.of("%SRCROOT%")));
    assertThat(ArtifactUri.of("../khác/a:b.yaml", here))
        .isEqualTo(new ArtifactUri("file:///work/kh%C3%A1c/a%3Ab.yaml", java.util.Optional.empty()));
    assertThat(ArtifactUri.directory(here)).isEqualTo("file:///work/d%E1%BB%B1%20%C3%A1n/");
  }

  @Test
  void theSchemaCheckReallyChecksUris(@TempDir Path dir) throws Exception {
    Path file = awkward(dir);
    CliRun run = CliRun.of("ruleset", "check", file.toString(), "--format", "sarif");
    ObjectNode log = (ObjectNode) new ObjectMapper().readTree(run.out());
    ObjectNode artifact = (ObjectNode) log.path("runs").path(0).path("results").path(0).path("locations").path(0)
        .path("physicalLocation").path("artifactLocation");
    artifact.put("uri", "bộ tiêu chí/tỉnh x #1.yaml");
    assertThat(sarifSchema().validate(log)).as("an unencoded path fails the schema").isNotEmpty();
  }

  @Test
  void everyRuleIsDescribedInTheChosenLanguageWithAHelpLink() throws Exception {
    JsonNode vi = new ObjectMapper().readTree(CliRun.of("ruleset", "check", RulesetCommandTest.INVALID, "--format",
        "sarif").out());
    JsonNode en = new ObjectMapper().readTree(CliRun.of("--lang", "en", "ruleset", "check", RulesetCommandTest.INVALID,
        "--format", "sarif").out());
    JsonNode rules = vi.path("runs").path(0).path("tool").path("driver").path("rules");
    assertThat(rules.findValuesAsText("id")).containsExactlyElementsOf(SarifLog.RULES);
    for (JsonNode rule : rules) {
      assertThat(rule.path("shortDescription").path("text").asText()).as(rule.path("id").asText()).isNotBlank();
      assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("helpUri").asText()).endsWith("/rulesets.md#diagnostics");
    }
    assertThat(rules.path(SarifLog.RULES.indexOf("R012")).path("shortDescription").path("text").asText()).isEqualTo("Ngưỡng ngoài 0–100 %");
    assertThat(en.path("runs").path(0).path("tool").path("driver").path("rules").path(SarifLog.RULES.indexOf("R012")).path("shortDescription")
        .path("text").asText()).isEqualTo("Threshold outside 0–100 %");
    for (JsonNode result : vi.path("runs").path(0).path("results")) {
      assertThat(rules.path(result.path("ruleIndex").asInt()).path("id")).isEqualTo(result.path("ruleId"));
    }
    assertThat(Files.readString(Path.of("../docs/rulesets.md"))).contains("\n## Diagnostics\n");
  }

  @Test
  void junitOfACheckPassesTheStrictSchemaInEnglish(@TempDir Path dir) throws Exception {
    Path file = awkward(dir);
    CliRun run = CliRun.withEnv(Map.of("HOSTNAME", "may-chu-1"), "--lang", "en", "ruleset", "check", file.toString(),
        TT24, "--format", "junit");
    assertThat(run.code()).isEqualTo(3);
    Element suite = strictJunit(run.out());
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("hostname")).isEqualTo("may-chu-1");
    assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-01-10T15:00:00");
    Element failure = (Element) suite.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("2 error(s)");
    assertThat(failure.getAttribute("type")).isEqualTo("R012");
    assertThat(failure.getTextContent()).contains(file + ":46:51: R012: the threshold must be within 0–100 %, got 120");
  }

  @Test
  void junitOfTestsPassesTheStrictSchema(@TempDir Path dir) throws Exception {
    Path broken = brokenThreshold(dir);
    CliRun run = CliRun.of("ruleset", "test", broken.toString(), "tt22", "--format", "junit");
    assertThat(run.code()).isEqualTo(ExitCode.TESTS_FAILED.code()).isEqualTo(6);
    Element suite = strictJunit(run.out());
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength()).isGreaterThan(100);
    assertThat(suite.getAttribute("failures")).isNotEqualTo("0");
    Element failure = (Element) suite.getElementsByTagName("failure").item(0);
    assertThat(((Element) failure.getParentNode()).getAttribute("classname")).isEqualTo(broken.toString());
    assertThat(failure.getTextContent()).contains("TC2.CT1@muc-1: cần dat, được khong-dat");

    Path invalid = Files.copy(BROKEN, dir.resolve("hong.yaml"));
    Element errored = strictJunit(CliRun.of("ruleset", "test", invalid.toString(), "--format", "junit").out());
    assertThat(errored.getAttribute("errors")).isEqualTo("1");
    assertThat(((Element) errored.getElementsByTagName("error").item(0)).getAttribute("type")).isEqualTo("R012");
  }

  @Test
  void testResultsAsJson(@TempDir Path dir) throws Exception {
    Path broken = brokenThreshold(dir);
    CliRun run = CliRun.of("--lang", "en", "ruleset", "test", broken.toString(), "--format", "json");
    assertThat(run.code()).isEqualTo(ExitCode.TESTS_FAILED.code());
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("failed").asInt()).isPositive();
    JsonNode failedCase = null;
    for (JsonNode test : json.path("rulesets").path(0).path("tests")) {
      if (!test.path("passed").asBoolean()) {
        failedCase = test;
        break;
      }
    }
    assertThat(failedCase).isNotNull();
    assertThat(failedCase.path("line").asInt()).isPositive();
    assertThat(failedCase.path("mismatches").path(0).path("message").asText()).contains("expected");
    assertThat(failedCase.has("failures")).as("renamed to mismatches in schemaVersion 1").isFalse();

    CliRun passing = CliRun.of("ruleset", "test", "tt24", "--format", "json");
    assertThat(passing.code()).isZero();
    assertThat(new ObjectMapper().readTree(passing.out()).path("failed").asInt()).isZero();
  }

  @Test
  void githubAnnotationsPointAtFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = awkward(dir);
    CliRun run = CliRun.of("ruleset", "check", file.toString(), "--format", "github");
    assertThat(run.code()).isEqualTo(3);
    String escapedFile = file.toString().replace(":", "%3A").replace(",", "%2C");
    assertThat(run.out().lines().toList()).startsWith(
        "::error file=" + escapedFile + ",line=46,col=51,title=dvht R012::ngưỡng phải nằm trong 0–100 %25, nhận 120",
        "::error file=" + escapedFile + ",line=47,col=51,title=dvht R012::ngưỡng phải nằm trong 0–100 %25, nhận -5");

    Path broken = brokenThreshold(dir);
    CliRun tests = CliRun.of("ruleset", "test", broken.toString(), "--format", "github");
    assertThat(tests.code()).isEqualTo(ExitCode.TESTS_FAILED.code());
    assertThat(tests.out()).contains("::error file=" + broken + ",line=")
        .contains("title=Ca kiểm thử sai%3A TC2.CT1 cấp huyện muc-1%3A 90/100 (đúng 90 %25)::");
  }

  @Test
  void nothingToCheckIsAnError(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("trong"));
    Files.writeString(empty.resolve("ghi-chu.txt"), "không phải bộ tiêu chí");
    for (String command : List.of("check", "test")) {
      CliRun run = CliRun.of("ruleset", command, empty.toString());
      assertThat(run.code()).as(command).isEqualTo(ExitCode.USAGE.code());
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains(empty + ": thư mục không có tệp bộ tiêu chí nào");
    }
    CliRun mistyped = CliRun.of("ruleset", "check", dir.resolve("khong-co").toString());
    assertThat(mistyped.code()).isEqualTo(ExitCode.INVALID.code());
    assertThat(mistyped.out()).contains("không tìm thấy tệp bộ tiêu chí");

    Path plan = Files.copy(Path.of("../rulesets/plans/003-thpt-ly-nhan.yaml"), dir.resolve("plan.yaml"));
    CliRun noTests = CliRun.of("ruleset", "test", plan.toString());
    assertThat(noTests.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(noTests.err()).contains("không có ca kiểm thử nào");
  }

  /** tt24 with one threshold moved from 90 to 91 %, so its own edge tests fail. */
  static Path brokenThreshold(Path dir) throws Exception {
    String tt24 = Files.readString(Path.of(TT24));
    String broken = tt24.replace("{authority: huyen, level: muc-1, min: 90, confidence: stated, citation: Điều 6 khoản 2 điểm a}",
        "{authority: huyen, level: muc-1, min: 91, confidence: stated, citation: Điều 6 khoản 2 điểm a}");
    assertThat(broken).isNotEqualTo(tt24);
    return Files.writeString(dir.resolve("tt24-hong.yaml"), broken);
  }

  /** The report's root element, after validating it against the Ant JUnit schema; any warning fails. */
  static Element strictJunit(String xml) throws Exception {
    var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    var schema = factory.newSchema(new StreamSource(RulesetCiTest.class.getResource("/junit/JUnit.xsd").toString()));
    var validator = schema.newValidator();
    List<String> problems = new ArrayList<>();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        problems.add(e.getMessage());
      }

      @Override
      public void error(SAXParseException e) {
        problems.add(e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add(e.getMessage());
      }
    });
    validator.validate(new StreamSource(new StringReader(xml)));
    assertThat(problems).as(xml).isEmpty();
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
  }
}
