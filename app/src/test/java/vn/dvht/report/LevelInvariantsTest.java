package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.dvht.assess.AssessOptions;
import vn.dvht.assess.AssessmentRun;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.LevelDecision;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.RulesetTestRunner;
import vn.dvht.input.ReadOptions;
import vn.dvht.model.Level;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetTest;
import vn.dvht.ruleset.RulesetLoader;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/**
 * Properties every output keeps, over rulesets and units generated from seeds ({@link GeneratedCases}):
 * the built-in TT 24 ruleset and a province's (own form and letter) with higher levels asking less, losing
 * targets or gaining a third level, and TT 22. Whatever the case, the level reached is the highest whose
 * levels are all met; the level asked for is never above it; the console, the JSON, the summary workbook,
 * the Word report or province form and letter, the Markdown and HTML reports, the batch workbook and
 * JSON, {@code --fail-below} and {@code ruleset test} all name that level; each share's count is the
 * member grid's. A failure names its seed: {@code new GeneratedCases(seed)} makes the case again.
 */
class LevelInvariantsTest {
  static final int CASES = 40;
  static final LocalDate DATE = LocalDate.of(2026, 1, 10);
  static final ObjectMapper JSON = new ObjectMapper();
  static List<Ruleset> bases;

  @BeforeAll
  static void load() throws Exception {
    bases = List.of(new RulesetLoader().resolve("tt24").ruleset(),
        new RulesetLoader().resolve(Path.of("..", "rulesets", "provinces", "vi-du-mau-so-4.yaml").toString()).ruleset(),
        new RulesetLoader().resolve("tt22").ruleset());
  }

  static GeneratedCases.Case generate(long seed) {
    // Mostly TT 24 and the province (levels); now and then TT 22 (a grade, never a level).
    Ruleset base = bases.get(seed % 7 == 6 ? 2 : (int) (seed % 2));
    return new GeneratedCases(seed).next(seed, base);
  }

  @TestFactory
  Stream<DynamicTest> everyOutputNamesTheLevelDecided() {
    return LongStream.rangeClosed(1, CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> check(generate(seed))));
  }

  /** The seeds reach every route of issue 19, so the properties above are not kept vacuously. */
  @Test
  void theGeneratedCasesTakeEveryRoute() {
    java.util.Set<String> routes = new java.util.TreeSet<>();
    LongStream.rangeClosed(1, CASES).mapToObj(s -> generate(s).result()).forEach(r -> routes.addAll(routes(r)));
    assertThat(routes).containsExactlyInAnyOrder("held: lower level not reached", "held: procedure", "reached: 3",
        "reached: 2", "reached: 1", "reached: none", "letter: province", "letter: own", "missing evidence", "graded");
  }

  private static List<String> routes(EvaluationResult r) {
    List<String> routes = new ArrayList<>();
    r.decision().held().forEach(h -> routes.add(h.hold() instanceof LevelDecision.LowerLevelNotReached
        ? "held: lower level not reached" : "held: procedure"));
    if (r.ruleset().isScored()) {
      routes.add("graded");
    } else {
      routes.add("reached: " + r.decision().reached().map(l -> String.valueOf(l.rank())).orElse("none"));
    }
    r.decision().requestable().ifPresent(l -> routes.add(r.ruleset().report() instanceof ReportLayout.Template
        ? "letter: province" : "letter: own"));
    if (r.levels().stream().flatMap(l -> l.indicators().stream()).anyMatch(i -> i.outcome().missingEvidence())) {
      routes.add("missing evidence");
    }
    return routes;
  }

  @Test
  void aBatchNamesEachUnitsLevelInItsWorkbookAndJson() throws Exception {
    List<GeneratedCases.Case> cases = LongStream.rangeClosed(101, 110).mapToObj(LevelInvariantsTest::generate).toList();
    List<BatchXlsxRenderer.Entry> entries = new ArrayList<>();
    StringWriter json = new StringWriter();
    try (BatchJsonRenderer.Stream stream = BatchJsonRenderer.stream(json, "0.0.0-test", DATE)) {
      for (GeneratedCases.Case c : cases) {
        UnitFiles files = new UnitFiles(c.seed() + ".xlsx", List.of());
        entries.add(new BatchXlsxRenderer.Entry(assessment(c.result()), files));
        stream.unit(assessment(c.result()), files);
      }
      stream.finish(vn.dvht.diag.Wording.of(vn.dvht.diag.Wording.VI), List.of());
    }
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    new BatchXlsxRenderer().render(vn.dvht.diag.Wording.of(vn.dvht.diag.Wording.VI), entries, List.of(), DATE, book);
    Map<String, String> cells = Outputs.cells(XlsxDump.of(new ByteArrayInputStream(book.toByteArray())));
    JsonNode units = JSON.readTree(json.toString()).path("units");
    String list = Messages.get("batch.listSheet");
    for (int i = 0; i < cases.size(); i++) {
      EvaluationResult r = cases.get(i).result();
      assertThat(units.path(i).path("level").asText(null)).as("seed %d", cases.get(i).seed())
          .isEqualTo(r.decision().reached().map(Level::id).orElse(null));
      // The list sheet: one row per unit (grouped by ruleset), its file in column C, its result in E.
      String file = cases.get(i).seed() + ".xlsx";
      String row = cells.entrySet().stream().filter(e -> e.getKey().startsWith(list + "!C") && e.getValue().equals(file))
          .map(e -> e.getKey().substring(list.length() + 2)).findFirst().orElseThrow();
      assertThat(cells.get(list + "!E" + row)).as("seed %d", cases.get(i).seed())
          .isEqualTo(BatchXlsxRenderer.resultLabel(vn.dvht.diag.Wording.of(vn.dvht.diag.Wording.VI), r)).isEqualTo(r.scorecard() instanceof vn.dvht.eval.Scorecard.Scored s
              ? s.grade().label() : r.decision().reached().map(Level::label).orElse(Messages.get("batch.none")));
    }
  }

  private static void check(GeneratedCases.Case c) throws Exception {
    EvaluationResult r = c.result();
    Optional<Level> reached = r.decision().reached();
    Optional<Level> asked = r.decision().requestable();
    assertThat(reached.map(Level::rank)).as("reached: the highest level with every level below it met")
        .isEqualTo(expectedReached(r));
    int askedRank = asked.map(Level::rank).orElse(0);
    assertThat(askedRank).as("asked ≤ reached").isLessThanOrEqualTo(reached.map(Level::rank).orElse(0));
    r.decision().standings().forEach(s -> assertThat(s.requestable()).as("%s may be asked for: the levels up to "
        + "the one asked for, none above", s.level().id()).isEqualTo(s.level().rank() <= askedRank));
    Outputs out = Outputs.of(assessment(r));
    List<Level> levels = c.ruleset().isScored() ? List.of()
        : c.ruleset().levels().stream().filter(l -> !l.plan()).toList();
    int rank = reached.map(Level::rank).orElse(0);
    if (!c.ruleset().isScored()) {
      assertThat(out.consoleVerdict()).as("the console announces").startsWith(Messages.get("text.verdict",
          reached.map(l -> Messages.get("verdict.reached", l.label())).orElse(Messages.get("verdict.none"))));
    }
    for (Level level : levels) {
      boolean isReached = reached.equals(Optional.of(level));
      boolean counted = level.rank() <= rank;
      String verdict = Messages.get("verdict.reached", level.label());
      assertThat(out.console().contains(Messages.get("text.levelReached", level.label()) + "\n"))
          .as("console heading %s", level.id()).isEqualTo(counted);
      assertThat(out.summary().contains(Messages.get("text.verdict", verdict)))
          .as("workbook verdict %s", level.id()).isEqualTo(isReached);
      assertThat(out.summary().contains(" " + level.label().toUpperCase(Locale.forLanguageTag("vi")) + ": "
          + Messages.get("md.levelReached") + "\n")).as("workbook heading %s", level.id()).isEqualTo(counted);
      assertThat(out.markdown().contains("## " + level.label() + ": " + Messages.get("md.levelReached") + "\n"))
          .as("md heading %s", level.id()).isEqualTo(counted);
      assertThat(out.html().contains("<h2>" + level.label() + ": " + Messages.get("md.levelReached") + "</h2>"))
          .as("html heading %s", level.id()).isEqualTo(counted);
      assertThat(out.markdown().contains(verdict) && out.html().contains(verdict) && out.word().contains(verdict))
          .as("md, html, word verdict %s", level.id()).isEqualTo(isReached);
      assertThat(out.word().contains(lower(level.label()) + " năm " + r.unit().profile().year()))
          .as("Word asks for %s", level.id()).isEqualTo(asked.equals(Optional.of(level)));
      assertThat(belowFailBelow(r, level)).as("--fail-below %s", level.id()).isEqualTo(!counted);
    }
    assertThat(out.letters()).as("a letter only when a level may be asked for").isEqualTo(asked.isPresent() ? 1 : 0);
    assertThat(out.word().contains("Đơn vị đề nghị ")).as("the report's (or province form's) request sentence")
        .isEqualTo(asked.isPresent());
    JsonNode unit = JSON.readTree(out.json()).path("units").path(0);
    assertThat(unit.path("level").asText(null)).isEqualTo(reached.map(Level::id).orElse(null));
    assertThat(unit.path("eligibleLevel").asText(null)).isEqualTo(asked.map(Level::id).orElse(null));
    for (JsonNode level : unit.path("levels")) {
      if (level.has("counted")) {
        int levelRank = r.ruleset().level(level.path("id").asText()).rank();
        assertThat(level.path("counted").asBoolean()).as("JSON counted %s", level.path("id")).isEqualTo(levelRank <= rank);
      }
    }
    checkRulesetTestExpectations(r, reached, asked);
    out.checkCounts(r, unit);
  }

  /** Independently of the decision: the highest rank whose own indicators, and those of every lower level, are met. */
  private static Optional<Integer> expectedReached(EvaluationResult r) {
    if (r.ruleset().isScored()) {
      return Optional.empty();
    }
    Optional<Integer> highest = Optional.empty();
    for (LevelResult level : r.levels().stream().filter(l -> !l.level().plan())
        .sorted(Comparator.comparingInt(l -> l.level().rank())).toList()) {
      boolean met = level.indicators().stream().anyMatch(i -> i.status() != vn.dvht.eval.Status.NOT_APPLICABLE)
          && level.indicators().stream().noneMatch(i -> i.status() == vn.dvht.eval.Status.NOT_MET);
      if (!met) {
        break;
      }
      highest = Optional.of(level.level().rank());
    }
    return highest;
  }

  /** What a {@code ruleset test} case expecting this level and this eligible level finds, and one expecting others. */
  private static void checkRulesetTestExpectations(EvaluationResult r, Optional<Level> reached, Optional<Level> asked) {
    String level = reached.map(Level::id).orElse("none");
    String eligible = asked.map(Level::id).orElse("none");
    assertThat(RulesetTestRunner.mismatches(expect(level, eligible), r)).isEmpty();
    assertThat(RulesetTestRunner.mismatches(expect(level.equals("none") ? "muc-1" : "none", ""), r))
        .extracting(RulesetTestRunner.Mismatch::what).containsExactly("level");
    assertThat(RulesetTestRunner.mismatches(expect("", eligible.equals("none") ? "muc-1" : "none"), r))
        .extracting(RulesetTestRunner.Mismatch::what).containsExactly("eligible");
  }

  private static RulesetTest.Expectation expect(String level, String eligible) {
    return new RulesetTest.Expectation(level, eligible, "", Map.of(), "", "", Map.of());
  }

  /** Whether {@code dvht evaluate --fail-below LEVEL} exits 4 for this unit. */
  private static boolean belowFailBelow(EvaluationResult r, Level level) throws Exception {
    AssessOptions options = new AssessOptions(List.of(Path.of("don-vi.xlsx")), false, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false, ReportFormat.DOCX,
        Optional.of(level.id()), ReadOptions.DEFAULT, DATE, false, vn.dvht.diag.Wording.of("vi"));
    try (AssessmentRun run = new AssessmentRun(options)) {
      return !run.reached(assessment(r));
    }
  }

  static Assessment assessment(EvaluationResult result) {
    return new Assessment(result, vn.dvht.diag.Warnings.NONE, new Stamp("0.0.0-test", "rulesets/x.yaml", "0".repeat(64),
        List.of(new Stamp.Input("don-vi.xlsx", "0".repeat(64))), DATE), vn.dvht.diag.Wording.of(vn.dvht.diag.Wording.VI));
  }

  private static String lower(String label) {
    return label.toLowerCase(Locale.forLanguageTag("vi"));
  }
}
