package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/**
 * The routes by which a dossier used to ask for a level the console did not announce (issue 19): a
 * level-2 threshold below level 1, a third level, a province's own form and letter, a batch, and
 * {@code --fail-below}. The ruleset is {@code decision/ba-muc.yaml}: KL asks 90 % at level 1, 80 % at
 * level 2 and 70 % at level 3; TT asks a collective title, "xuất sắc" from level 2.
 */
class LevelDecisionRoutesTest {
  static final Path RULESET = Path.of("src/test/resources/decision/ba-muc.yaml");
  static final Path FORMS = Path.of("..", "rulesets", "provinces");
  static final String NONE = "Kết luận: Đơn vị chưa đạt mức độ nào. Mức độ 2, Mức độ 3 đạt đủ các chỉ tiêu riêng của "
      + "mức nhưng không được tính vì đơn vị chưa đạt Mức độ 1: dvht chỉ công nhận một mức khi đã đạt mọi mức thấp hơn";

  /** 8 of 10 disciplined: levels 2 and 3 are met on their own, level 1 is not. */
  @Test
  void aLevelMetOnlyOnItsOwnIsNeitherAnnouncedNorAskedFor(@TempDir Path dir) throws Exception {
    Path ruleset = ruleset(dir);
    Path unit = unit(dir, "tam", 8, "Tập thể lao động xuất sắc", "Quyết định 5");

    CliRun console = CliRun.of("evaluate", unit.toString(), "-r", ruleset.toString(), "--no-files");
    CliRun json = CliRun.of("evaluate", unit.toString(), "-r", ruleset.toString(), "--no-files", "--json");
    CliRun files = CliRun.of("evaluate", unit.toString(), "-r", ruleset.toString(), "--out",
        dir.resolve("out").toString(), "--fail-below", "muc-1");

    assertThat(console.out()).contains(NONE, "Mức độ 2: ĐẠT CÁC CHỈ TIÊU, KHÔNG ĐƯỢC TÍNH (chưa đạt Mức độ 1)",
        "Mức độ 3: ĐẠT CÁC CHỈ TIÊU, KHÔNG ĐƯỢC TÍNH (chưa đạt Mức độ 1)")
        .doesNotContain("Mức độ 2: ĐẠT\n");
    JsonNode result = new ObjectMapper().readTree(json.out()).path("units").path(0);
    assertThat(result.path("level").isNull()).isTrue();
    assertThat(result.path("eligibleLevel").isNull()).isTrue();
    assertThat(result.path("heldLevels").findValuesAsText("reason")).containsExactly("lower-level-not-reached",
        "lower-level-not-reached");
    assertThat(result.path("levels").findValuesAsText("counted")).containsExactly("false", "false", "false");
    assertThat(files.code()).as("below --fail-below muc-1").isEqualTo(ExitCode.BELOW_LEVEL.code());
    String form = DocxDump.of(dir.resolve("out").resolve("tam-bao-cao.docx"));
    assertThat(form).contains("chưa đạt mức độ nào").doesNotContain("đề nghị công nhận mức độ 2",
        "đề nghị công nhận mức độ 3");
    assertThat(XlsxDump.of(dir.resolve("out").resolve("tam-ket-qua.xlsx")))
        .contains("MỨC ĐỘ 2: Đạt các chỉ tiêu, không được tính (chưa đạt Mức độ 1)")
        .doesNotContain("MỨC ĐỘ 2: Đạt\n");
  }

  /** 9 of 10 and "xuất sắc": every level, the third a province added, asked for in the province's letter. */
  @Test
  void aThirdLevelReachedWithEveryLevelBelowItIsAskedFor(@TempDir Path dir) throws Exception {
    Path ruleset = ruleset(dir);
    Path unit = unit(dir, "chin", 9, "Tập thể lao động xuất sắc", "Quyết định 5");

    CliRun run = CliRun.of("evaluate", unit.toString(), "-r", ruleset.toString(), "--out",
        dir.resolve("out").toString(), "--fail-below", "muc-3");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Kết luận: Đơn vị đạt Mức độ 3.");
    assertThat(DocxDump.of(dir.resolve("out").resolve("chin-bao-cao.docx"))).contains("mức độ 3");
  }

  /** A unit of level 1 only ("tiên tiến"): below --fail-below muc-2, not below muc-1; --fail-below reads the decision. */
  @Test
  void failBelowComparesTheLevelReached(@TempDir Path dir) throws Exception {
    Path ruleset = ruleset(dir);
    Path unit = unit(dir, "mot", 10, "Tập thể lao động tiên tiến", "Quyết định 5");
    Path unbacked = unit(dir, "khong-minh-chung", 10, "Tập thể lao động xuất sắc", "");

    assertThat(code(unit, ruleset, "muc-2")).isEqualTo(ExitCode.BELOW_LEVEL.code());
    assertThat(code(unit, ruleset, "2")).isEqualTo(ExitCode.BELOW_LEVEL.code());
    assertThat(code(unit, ruleset, "muc-1")).isZero();
    assertThat(code(unit, ruleset, "Mức độ 1")).isZero();
    assertThat(code(unbacked, ruleset, "muc-1")).as("TT without evidence: no level").isEqualTo(4);
  }

  /** A batch: the consolidated workbook names the level each unit's files name; one unit below --fail-below: exit 4. */
  @Test
  void aBatchNamesTheSameLevelsAndExitsFourForAUnitBelow(@TempDir Path dir) throws Exception {
    Path ruleset = ruleset(dir);
    Path in = Files.createDirectories(dir.resolve("in"));
    unit(in, "a-tam", 8, "Tập thể lao động xuất sắc", "Quyết định 5");
    unit(in, "b-chin", 9, "Tập thể lao động xuất sắc", "Quyết định 5");
    unit(in, "c-mot", 10, "Tập thể lao động tiên tiến", "Quyết định 5");

    CliRun below = CliRun.of("evaluate", in.toString(), "-r", ruleset.toString(), "--out",
        dir.resolve("out").toString(), "--fail-below", "muc-1");
    Files.delete(in.resolve("a-tam.csv"));
    Files.delete(in.resolve("a-tam-don-vi.csv"));
    CliRun above = CliRun.of("evaluate", in.toString(), "-r", ruleset.toString(), "--no-files", "--fail-below",
        "muc-1");

    assertThat(below.code()).isEqualTo(ExitCode.BELOW_LEVEL.code());
    assertThat(above.code()).isZero();
    String book = XlsxDump.of(dir.resolve("out").resolve("tong-hop-don-vi.xlsx"));
    assertThat(book).containsPattern("B\\d+ s Chưa đạt mức nào\n").containsPattern("B\\d+ s Mức độ 3\n")
        .containsPattern("B\\d+ s Mức độ 1\n").doesNotContain("s Mức độ 2\n");
    assertThat(below.out()).contains("a-tam.csv — Đơn vị a-tam: Chưa đạt mức nào");
    assertThat(DocxDump.of(dir.resolve("out").resolve("a-tam-bao-cao.docx"))).doesNotContain("mức độ 2 năm",
        "mức độ 3 năm");
  }

  /**
   * {@code ruleset test} holds a case to its {@code level} and its {@code eligible} level, each read from
   * the decision: level 2 met on its own is no level; a level-1 decision 6 months old keeps level 2 from being asked for.
   */
  @Test
  void rulesetTestsCheckTheLevelAndTheEligibleLevel(@TempDir Path dir) throws Exception {
    String base = Files.readString(ruleset(dir)).replace("report: {template: mau-so-4.docx, letter: mau-so-5.docx}\n", "");
    String unit = "unit: {authority: huyen, unitType: co-quan, year: 2025}";
    String soon = "facts: {TT: xuat-sac, ngay-qd: \"2025-07-15\"}, members: {thanh-vien: {count: 10, passing: {KL: 9}}}";
    String held = "facts: {TT: xuat-sac}, members: {thanh-vien: {count: 10, passing: {KL: 8}}}";
    Path right = dir.resolve("dung.yaml");
    Files.writeString(right, base + "tests:\n"
        + "  - {name: mức 2 riêng không tính, " + unit + ", " + held + ", expect: {level: none, eligible: none}}\n"
        + "  - {name: chưa đủ 12 tháng, " + unit + ", " + soon + ", expect: {level: muc-3, eligible: muc-1}}\n");
    Path wrong = dir.resolve("sai.yaml");
    Files.writeString(wrong, base + "tests:\n"
        + "  - {name: sai mức đề nghị, " + unit + ", " + soon + ", expect: {level: muc-3, eligible: muc-3}}\n"
        + "  - {name: sai mức đạt, " + unit + ", " + held + ", expect: {level: muc-2}}\n");

    CliRun passes = CliRun.of("ruleset", "test", right.toString());
    CliRun fails = CliRun.of("ruleset", "test", wrong.toString());

    assertThat(passes.code()).as(passes.out()).isZero();
    assertThat(fails.code()).isEqualTo(ExitCode.TESTS_FAILED.code());
    assertThat(fails.out()).contains("eligible: cần muc-3, được muc-1", "level: cần muc-2, được none");
  }

  /** {@code dvht diff} says a level's verdict changed only when the decision counts it differently. */
  @Test
  void aDiffDoesNotCallALevelMetOnItsOwnReached(@TempDir Path dir) throws Exception {
    Path ruleset = ruleset(dir);
    Path before = dir.resolve("truoc.json");
    Path after = dir.resolve("sau.json");
    Path seven = unit(Files.createDirectories(dir.resolve("2024")), "don-vi", 7, "Tập thể lao động xuất sắc", "QĐ 5");
    Path eight = unit(Files.createDirectories(dir.resolve("2025")), "don-vi", 8, "Tập thể lao động xuất sắc", "QĐ 5");
    Files.writeString(before, CliRun.of("evaluate", seven.toString(), "-r", ruleset.toString(), "--no-files", "--json")
        .out());
    Files.writeString(after, CliRun.of("evaluate", eight.toString(), "-r", ruleset.toString(), "--no-files", "--json")
        .out());

    CliRun diff = CliRun.of("diff", before.toString(), after.toString());

    assertThat(diff.out()).as("7/10 → 8/10: level 2 met on its own, still no level").contains("KL")
        .doesNotContain("Mức độ 2: Không đạt → Đạt", "Mức độ 3: Không đạt → Đạt");
  }

  private static int code(Path unit, Path ruleset, String level) {
    return CliRun.of("evaluate", unit.toString(), "-r", ruleset.toString(), "--no-files", "--fail-below", level).code();
  }

  /** The ruleset beside copies of the province's form and letter. */
  private static Path ruleset(Path dir) throws Exception {
    Files.copy(FORMS.resolve("mau-so-4.docx"), dir.resolve("mau-so-4.docx"));
    Files.copy(FORMS.resolve("mau-so-5.docx"), dir.resolve("mau-so-5.docx"));
    return Files.copy(RULESET, dir.resolve("ba-muc.yaml"));
  }

  /** {@code name}.csv with 10 members, {@code disciplined} of them disciplined, and its unit sheet. */
  private static Path unit(Path dir, String name, int disciplined, String title, String titleEvidence)
      throws Exception {
    List<String> members = new ArrayList<>(List.of("Họ và tên;Kỷ luật"));
    for (int i = 1; i <= 10; i++) {
      members.add("Người " + i + ";" + (i <= disciplined ? "Có" : "Không"));
    }
    Files.write(dir.resolve(name + ".csv"), members, StandardCharsets.UTF_8);
    Files.write(dir.resolve(name + "-don-vi.csv"), List.of("Mục;Giá trị;Minh chứng", "Tên đơn vị;Đơn vị " + name + ";",
        "Cấp;huyện;", "Loại đơn vị;Cơ quan;", "Năm đánh giá;2025;", "KH;Có;Kế hoạch số 1", "TT;" + title + ";"
        + titleEvidence), StandardCharsets.UTF_8);
    return dir.resolve(name + ".csv");
  }
}
