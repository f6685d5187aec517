package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Ruleset;
import vn.dvht.office.OfficeSetup;
import vn.dvht.office.Register;
import vn.dvht.office.RegisterReader;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.OfficeFixture;
import vn.dvht.testing.XlsxDump;

/**
 * A provincial office of 300 units through {@code dvht tham-dinh}: every document is written, and what
 * they say is checked against the evaluation of each unit's own data ({@code dvht evaluate --json} of its
 * member list, or the result it was made from) — the draft decision's list cell by cell, each letter's
 * reasons sentence by sentence, the register row by row, the statistics number by number — and the
 * cases the law singles out (8 months after level 1, a lapsed recognition, a summary edited by hand, a
 * yes without evidence) come out as the circular says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeDossierTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int UNITS = 300;

  @TempDir
  static Path dir;
  OfficeFixture office;
  Path out;
  CliRun run;
  JsonNode appraisal;
  /** Each unit's own evaluation (dvht evaluate --json), by name. */
  final Map<String, JsonNode> evaluations = new HashMap<>();
  Ruleset ruleset;

  @BeforeAll
  void appraise() throws Exception {
    office = OfficeFixture.generate(dir, UNITS, 2026L);
    out = dir.resolve("ho-so");
    run = CliRun.of("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(),
        "--so-theo-doi", office.register().toString(), "--out", out.toString(), "--date", "2026-02-06");
    appraisal = JSON.readTree(out.resolve("ket-qua-tham-dinh.json").toFile());
    ruleset = new RulesetLoader().resolve("tt24").ruleset();
    List<String> args = new ArrayList<>(List.of("evaluate", "--ruleset", "tt24", "--json", "--no-files", "--quiet"));
    try (Stream<Path> files = Files.list(office.submissions())) {
      files.filter(p -> p.toString().endsWith(".xlsx") && !p.toString().endsWith("-ket-qua.xlsx")).sorted()
          .forEach(p -> args.add(p.toString()));
    }
    for (JsonNode unit : JSON.readTree(CliRun.of(args.toArray(String[]::new)).out()).path("units")) {
      evaluations.put(unit.path("name").asText(), unit);
    }
    try (Stream<Path> files = Files.list(dir.resolve("dvht-cua-don-vi").resolve("ket-qua"))) {
      for (Path json : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode unit = JSON.readTree(json.toFile()).path("units").path(0);
        evaluations.putIfAbsent(unit.path("name").asText(), unit);
      }
    }
  }

  @Test
  void everyDocumentIsWrittenAndEveryUnitAppraised() {
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    for (String name : List.of("ket-qua-tham-dinh.xlsx", "bao-cao-tham-dinh.docx", "to-trinh-cong-nhan.docx",
        "du-thao-quyet-dinh.docx", "van-ban-tra-loi.docx", "so-theo-doi-cong-nhan.xlsx", "thong-ke-bao-cao.xlsx",
        "ket-qua-tham-dinh.json")) {
      assertThat(out.resolve(name)).isRegularFile();
    }
    assertThat(appraisal.path("units")).hasSize(office.units().size());
    assertThat(evaluations).hasSize(office.units().size());
  }

  @Test
  void theJsonHoldsToItsSchema() {
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(CliRun.of("schema", "appraisal").out());
    assertThat(schema.validate(appraisal)).isEmpty();
    assertThat(appraisal.path("schemaVersion").asInt()).isEqualTo(1);
  }

  /** Each unit's criteria level as the council found it is the one its own evaluation finds. */
  @Test
  void theCouncilFindsTheLevelEachUnitsDataReach() {
    for (JsonNode unit : appraisal.path("units")) {
      JsonNode evaluation = evaluations.get(unit.path("name").asText());
      assertThat(unit.path("reached").asText()).as(unit.path("name").asText())
          .isEqualTo(evaluation.path("level").asText(""));
      if (unit.path("verdict").asText().equals("cong-nhan")) {
        assertThat(rank(unit.path("level").asText())).as(unit.path("name").asText())
            .isLessThanOrEqualTo(rank(evaluation.path("level").asText()));
      }
    }
  }

  /** The draft decision's list, cell by cell: the recognised units, level 2 first, numbered through. */
  @Test
  void theDraftDecisionListsExactlyTheRecognisedUnits() throws Exception {
    List<String> expected = new ArrayList<>();
    int n = 1;
    for (JsonNode unit : recognised()) {
      expected.add(n++ + "|" + unit.path("name").asText() + "|" + ruleset.level(unit.path("level").asText()).label()
          + "|31/12/2029");
    }
    List<String> listed = new ArrayList<>();
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : DocxDump.of(out.resolve("du-thao-quyet-dinh.docx")).split("\n")) {
      if (line.startsWith("T") && !line.startsWith("T1.") && !line.startsWith("T2.")) {
        String cell = line.substring(0, line.indexOf('|'));
        String[] place = cell.substring(1).split("\\.");
        String row = place[0] + "." + place[1];
        rows.computeIfAbsent(row, k -> new String[4])[Integer.parseInt(place[2]) - 1] = line.substring(
            line.lastIndexOf('|') + 1);
      }
    }
    rows.values().stream().filter(r -> r[1] != null && r[0].matches("\\d+"))
        .forEach(r -> listed.add(String.join("|", r)));
    assertThat(listed).isNotEmpty().containsExactlyElementsOf(expected);
  }

  /** Each letter, reason by reason: every indicator not met at the level asked for, with its figures. */
  @Test
  void eachLetterNamesEveryIndicatorNotMetWithItsFigures() throws Exception {
    Map<String, List<String>> letters = letters(DocxDump.of(out.resolve("van-ban-tra-loi.docx")));
    int checked = 0;
    for (JsonNode unit : appraisal.path("units")) {
      String name = unit.path("name").asText();
      boolean answered = !unit.path("verdict").asText().equals("cong-nhan")
          || !unit.path("level").asText().equals(unit.path("requested").asText());
      assertThat(letters.containsKey(name)).as(name).isEqualTo(answered);
      if (!answered) {
        continue;
      }
      List<String> unmet = unmet(evaluations.get(name), unit.path("requested").asText());
      List<String> sentences = letters.get(name);
      assertThat(sentences).as(name).containsAll(unmet);
      long procedural = unit.path("reasons").size() - unmet.size();
      assertThat(sentences).as(name).hasSize(unit.path("reasons").size());
      if (procedural == 0) {
        assertThat(sentences).as(name).containsExactlyElementsOf(unmet);
        checked++;
      }
    }
    assertThat(checked).as("letters with only indicator reasons").isGreaterThan(30);
  }

  /** The sentences a letter must hold for the indicators a unit's evaluation finds not met at {@code level}. */
  private List<String> unmet(JsonNode evaluation, String level) {
    List<String> sentences = new ArrayList<>();
    for (JsonNode l : evaluation.path("levels")) {
      if (!l.path("id").asText().equals(level)) {
        continue;
      }
      for (JsonNode i : l.path("indicators")) {
        if (!i.path("status").asText().equals("khong-dat")) {
          continue;
        }
        Indicator indicator = ruleset.indicator(i.path("id").asText()).orElseThrow();
        String head = indicator.id() + " (" + indicator.shortText() + ")";
        if (i.path("numerator").isNumber()) {
          String population = ruleset.population(((Measure.Share) indicator.measure()).population()).label().toLowerCase();
          sentences.add(head + ": " + i.path("numerator").asLong() + "/" + i.path("denominator").asLong() + " "
              + population + " (" + percent(i.path("percent").decimalValue()) + "), ngưỡng ≥ "
              + i.path("threshold").decimalValue().stripTrailingZeros().toPlainString().replace('.', ',') + " % "
              + population + "; còn thiếu " + i.path("shortfall").asLong() + " người.");
        } else if (i.path("reason").asText().equals("missing-evidence")) {
          // The provincial office's letter cites Điều 15 khoản 3 (no evidence, no pass).
          sentences.add(head + ": không có minh chứng phù hợp; chỉ tiêu không có minh chứng phù hợp được đánh giá là "
              + "không đạt (Điều 15 khoản 3).");
        } else {
          sentences.add(head + ":" + " (fact)");
        }
      }
    }
    return sentences;
  }

  private static String percent(BigDecimal value) {
    return (value.scale() < 2 ? value.setScale(2) : value).toPlainString().replace('.', ',') + " %";
  }

  /** Each letter's numbered reasons, by the unit it is addressed to. */
  static Map<String, List<String>> letters(String dump) {
    Map<String, List<String>> letters = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : dump.split("\n")) {
      String text = line.substring(line.lastIndexOf("|", line.endsWith("<section break>") ? line.length() - 17
          : line.length()) + 1);
      if (line.startsWith("P|") && text.startsWith("Kính gửi: ")) {
        current = new ArrayList<>();
        letters.put(text.substring("Kính gửi: ".length()), current);
      } else if (current != null && line.startsWith("P|") && text.matches("\\d+\\. .*")) {
        current.add(text.substring(text.indexOf(". ") + 2));
      }
    }
    return letters;
  }

  /** The register written: every decision read, cell by cell, then one row per unit recognised. */
  @Test
  void theRegisterKeepsEveryDecisionAndAddsTheRecognisedUnits() throws Exception {
    Register before = RegisterReader.read(office.register(), ruleset.levels());
    List<String> dump = List.of(XlsxDump.of(out.resolve("so-theo-doi-cong-nhan.xlsx")).split("\n"));
    int row = 2;
    for (var decision : before.entries()) {
      assertThat(dump).contains("Sổ theo dõi!C" + row + " s " + decision.name(),
          "Sổ theo dõi!E" + row + " s Mức độ " + decision.level(), "Sổ theo dõi!F" + row + " s " + decision.number(),
          "Sổ theo dõi!G" + row + " s " + vn.dvht.office.Dates.show(decision.decided()));
      row++;
    }
    for (JsonNode unit : recognised()) {
      assertThat(dump).contains("Sổ theo dõi!C" + row + " s " + unit.path("name").asText(),
          "Sổ theo dõi!E" + row + " s " + ruleset.level(unit.path("level").asText()).label(),
          "Sổ theo dõi!H" + row + " s 2025", "Sổ theo dõi!K" + row + " s 31/12/2029");
      String number = "Sổ theo dõi!F" + row + " ";
      String date = "Sổ theo dõi!G" + row + " ";
      assertThat(dump).noneMatch(l -> l.startsWith(number) || l.startsWith(date));
      row++;
    }
    String after = "Sổ theo dõi!C" + row + " ";
    assertThat(dump).noneMatch(l -> l.startsWith(after));
  }

  /** Next year's run reads this year's register once the new decisions' numbers and dates are written in. */
  @Test
  void theRegisterIsNextYearsInputOnceSigned() throws Exception {
    var error = org.junit.jupiter.api.Assertions.assertThrows(vn.dvht.diag.DiagnosticException.class,
        () -> RegisterReader.read(out.resolve("so-theo-doi-cong-nhan.xlsx"), ruleset.levels()));
    assertThat(error.diagnostics().get(0).code()).isEqualTo("O133");
    assertThat(vn.dvht.diag.Wording.of("vi").text(error.diagnostics().get(0).message())).startsWith("chưa có ngày quyết định");
    Path signed = Signed.fill(out.resolve("so-theo-doi-cong-nhan.xlsx"), dir.resolve("so-2026.xlsx"), "10/02/2026");
    Register next = RegisterReader.read(signed, ruleset.levels());
    long recognised = 0;
    for (JsonNode unit : appraisal.path("units")) {
      recognised += unit.path("verdict").asText().equals("cong-nhan") ? 1 : 0;
    }
    assertThat(next.entries()).hasSize(RegisterReader.read(office.register(), ruleset.levels()).entries().size()
        + (int) recognised);
  }

  @Test
  void theCasesOfTheRegisterComeOutAsTheCircularSays() {
    JsonNode eight = unit("Trường THPT Tám Tháng");
    assertThat(eight.path("requested").asText()).isEqualTo("muc-2");
    assertThat(eight.path("verdict").asText()).isEqualTo("con-thoi-han");
    assertThat(eight.path("reasons").path(0).path("message").asText()).isEqualTo("Chưa đủ 12 tháng kể từ Quyết định "
        + "công nhận mức độ 1 số 45/QĐ-UBND ngày 15/05/2025: đơn vị chỉ được đề nghị công nhận nâng mức độ 2 từ ngày "
        + "16/05/2026, sau hạn gửi hồ sơ 14/01/2026 (Điều 11 khoản 3).");
    JsonNode lapsed = unit("Sở Hết Hạn");
    assertThat(lapsed.path("verdict").asText()).isEqualTo("cong-nhan");
    assertThat(lapsed.path("recognition").asText()).isEqualTo("cong-nhan-lai");
    JsonNode still = unit("Trung tâm Văn hóa Còn Hạn");
    assertThat(still.path("verdict").asText()).isEqualTo("con-thoi-han");
    assertThat(still.path("validUntil").asText()).isEqualTo("2027-12-31");
    JsonNode up = unit("Trường THPT Nâng Mức");
    assertThat(up.path("level").asText()).isEqualTo("muc-2");
    assertThat(up.path("recognition").asText()).isEqualTo("nang-muc-do");
    assertThat(unit("Trường THPT Lệch Ngày").path("notes").path(0).asText()).isEqualTo("đơn vị ghi ngày quyết định công "
        + "nhận mức độ 1 là 01/01/2024, sổ theo dõi ghi 20/03/2025: hội đồng tính theo sổ theo dõi");
    assertThat(appraisal.path("absent").toString()).contains("\"name\":\"Ban Quản lý Không Nộp\",\"id\":\"DV9001\","
        + "\"unitType\":\"Cơ quan nhà nước\",\"status\":\"het-thoi-han\"", "\"name\":\"Hội Còn Hạn Không Nộp\",\"id\":\"\","
        + "\"unitType\":\"Hội\",\"status\":\"con-thoi-han\"");
  }

  /** The summary edited by hand: flagged, appraised on its member grid, not recognised. */
  @Test
  void theSummaryEditedByHandIsFlaggedAndAppraisedOnItsMemberList() {
    JsonNode edited = unit("Trung tâm Văn hóa Sửa Tay");
    assertThat(edited.path("edited").asBoolean()).isTrue();
    assertThat(edited.path("findings").path(0).path("message").asText()).matches(
        "TC2\\.CT1: bảng Tổng hợp ghi (\\d+)/\\1, danh sách thành viên trong cùng tệp đếm được \\d+/\\1");
    assertThat(edited.path("verdict").asText()).isEqualTo("khong-cong-nhan");
    long edits = 0;
    for (JsonNode unit : appraisal.path("units")) {
      edits += unit.path("edited").asBoolean() ? 1 : 0;
    }
    assertThat(edits).as("only the edited summary is flagged").isOne();
  }

  /**
   * A yes without evidence: until the evaluator applies Điều 9, 15 khoản 3 the indicator is met and the
   * council is told to check the evidence; once it does, the letter says the evidence is missing.
   */
  @Test
  void aYesWithoutEvidenceIsToldToTheCouncilOrTheUnit() throws Exception {
    JsonNode unit = unit("Sở Thiếu Minh Chứng");
    JsonNode indicator = null;
    for (JsonNode l : evaluations.get("Sở Thiếu Minh Chứng").path("levels")) {
      for (JsonNode i : l.path("indicators")) {
        if (i.path("id").asText().equals("TC1.CT1") && l.path("id").asText().equals("muc-1")) {
          indicator = i;
        }
      }
    }
    if (indicator.path("status").asText().equals("dat")) {
      assertThat(unit.path("notes").toString()).contains("TC1.CT1: đơn vị ghi đạt nhưng không ghi minh chứng");
    } else {
      assertThat(letters(DocxDump.of(out.resolve("van-ban-tra-loi.docx"))).get("Sở Thiếu Minh Chứng"))
          .anyMatch(s -> s.startsWith("TC1.CT1 (") && s.contains("không có minh chứng phù hợp"));
    }
  }

  /** The statistics count every unit once, and the workbook shows the JSON's numbers. */
  @Test
  void theStatisticsCountEveryUnitOnce() throws Exception {
    JsonNode stats = appraisal.path("statistics");
    long total = 0;
    for (JsonNode count : stats.path("total")) {
      total += count.asLong();
    }
    assertThat(total).isEqualTo(appraisal.path("units").size() + appraisal.path("absent").size());
    for (String table : List.of("byUnitType", "byAuthority")) {
      long sum = 0;
      for (JsonNode row : stats.path(table)) {
        for (JsonNode count : row.path("counts")) {
          sum += count.asLong();
        }
      }
      assertThat(sum).as(table).isEqualTo(total);
    }
    String sheet = XlsxDump.of(out.resolve("thong-ke-bao-cao.xlsx"));
    int column = 1;
    for (JsonNode count : stats.path("total")) {
      assertThat(sheet).contains("Thống kê!" + (char) ('A' + column++) + "6 n " + count.asDouble());
    }
  }

  /** The recognised units as the decision and the register list them: level 2 first, in file order. */
  private List<JsonNode> recognised() {
    List<JsonNode> units = new ArrayList<>();
    for (String level : List.of("muc-2", "muc-1")) {
      for (JsonNode unit : appraisal.path("units")) {
        if (unit.path("verdict").asText().equals("cong-nhan") && unit.path("level").asText().equals(level)) {
          units.add(unit);
        }
      }
    }
    return units;
  }

  private JsonNode unit(String name) {
    for (JsonNode unit : appraisal.path("units")) {
      if (unit.path("name").asText().equals(name)) {
        return unit;
      }
    }
    throw new AssertionError(name);
  }

  private static int rank(String level) {
    return level.isEmpty() ? 0 : Integer.parseInt(level.substring(level.length() - 1));
  }

  /** Writes number and date into a register's blank decision cells, as the office does once the Chairman signs. */
  static final class Signed {
    static Path fill(Path register, Path to, String date) throws Exception {
      try (var in = Files.newInputStream(register);
          var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
        var sheet = book.getSheetAt(0);
        for (var row : sheet) {
          if (row.getRowNum() > 0 && (row.getCell(6) == null || row.getCell(6).toString().isBlank())) {
            row.createCell(5).setCellValue("99/QĐ-UBND");
            row.createCell(6).setCellValue(date);
          }
        }
        try (var out = Files.newOutputStream(to)) {
          book.write(out);
        }
      }
      return to;
    }
  }
}
