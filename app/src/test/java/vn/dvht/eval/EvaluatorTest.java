package vn.dvht.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvht.model.Answer;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;
import vn.dvht.ruleset.RulesetLoader;

/** The evaluator's edges on a small ruleset (src/test/resources/eval/mini.yaml). */
class EvaluatorTest {
  static Ruleset mini;

  @BeforeAll
  static void load() throws Exception {
    Path file = Path.of("src/test/resources/eval/mini.yaml");
    mini = new RulesetLoader().parse("mini.yaml", Files.readAllBytes(file), false).ruleset();
  }

  @ParameterizedTest(name = "{0}/{1} against {2} % → met={3}, shortfall={4}")
  @CsvSource({
    "9, 10, 90, true, 0",
    "18, 20, 90, true, 0",
    "8, 10, 90, false, 1",
    "89, 100, 90, false, 1",
    "39, 40, 97.5, true, 0",
    "38, 40, 97.5, false, 1",
    "0, 7, 90, false, 7",
    "1, 3, 33.34, false, 1",
    "1, 3, 33.33, true, 0",
    "0, 0, 90, false, 0",
    "0, 5, 0, true, 0",
  })
  void sharesAreComparedExactly(long k, long n, String percent, boolean met, long shortfall) {
    Outcome.Share share = Evaluator.share(anyTarget(), new BigDecimal(percent), k, n);
    assertThat(share.status() == Status.MET).isEqualTo(met);
    assertThat(share.shortfall()).isEqualTo(shortfall);
  }

  @Test
  void aShareJustBelowTheThresholdNeverDisplaysAsTheThreshold() {
    Outcome.Share share = Evaluator.share(anyTarget(), new BigDecimal("66.67"), 2, 3);
    assertThat(share.status()).isEqualTo(Status.NOT_MET);
    assertThat(share.percent()).as("66,67 would read as met: a decimal more").hasToString("66.667");
    Outcome.Share close = Evaluator.share(anyTarget(), new BigDecimal("95"), 18_999, 20_000);
    assertThat(close.status()).isEqualTo(Status.NOT_MET);
    assertThat(close.percent()).hasToString("94.995");
    Outcome.Share closer = Evaluator.share(anyTarget(), new BigDecimal("95"), 1_899_999_999L, 2_000_000_000L);
    assertThat(closer.percent()).as("past six decimals, cut down").hasToString("94.999999");
    Outcome.Share sixth = Evaluator.share(anyTarget(), new BigDecimal("95"), 1_055_563, 1_111_119);
    assertThat(sixth.percent()).as("94,9999955…: the sixth decimal still rounded half-up").hasToString("94.999996");
  }

  @ParameterizedTest(name = "{0}/{1} shows as {2} %, as Excel shows the fraction")
  @CsvSource({"52, 70, 74.29", "2, 3, 66.67", "1, 3, 33.33", "69, 70, 98.57", "70, 70, 100.00", "0, 70, 0.00"})
  void aShareShowsTwoDecimalsRoundedHalfUp(long k, long n, String shown) {
    Outcome.Share share = Evaluator.share(anyTarget(), new BigDecimal("0"), k, n);
    assertThat(share.percent()).hasToString(shown);
    assertThat(share.ratio().doubleValue()).isEqualTo((double) k / n);
  }

  @Test
  void levelsFollowTheirIndicators() {
    Unit unit = unit("truong", members(40, 39, 30), facts(yes("KH"), rank("TT", 2)));
    EvaluationResult result = new Evaluator().evaluate(mini, unit);

    assertThat(status(result, "muc-1", "KL")).isEqualTo(Status.MET);
    assertThat(status(result, "muc-2", "KL")).isEqualTo(Status.MET);
    assertThat(status(result, "muc-2", "DH")).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(result.decision().reached()).map(l -> l.id()).contains("muc-1");
    assertThat(result.scorecard()).as("levels, not points").isInstanceOf(Scorecard.NotScored.class);
    assertThat(status(result, "muc-2", "HS")).as("no learners listed").isEqualTo(Status.NOT_MET);
    Outcome.Share learners = (Outcome.Share) outcome(result, "muc-2", "HS");
    assertThat(learners.emptyPopulation()).isTrue();
  }

  @Test
  void learnersAreCountedApartFromMembers() {
    List<Member> all = new ArrayList<>(members(40, 39, 30));
    for (int i = 0; i < 10; i++) {
      all.add(member(100 + i, "nguoi-hoc", i < 9, 0));
    }
    Unit unit = unit("truong", all, facts(yes("KH"), rank("TT", 2)));
    EvaluationResult result = new Evaluator().evaluate(mini, unit);

    Outcome.Share members = (Outcome.Share) outcome(result, "muc-1", "KL");
    Outcome.Share learners = (Outcome.Share) outcome(result, "muc-2", "HS");
    assertThat(members.denominator()).isEqualTo(40);
    assertThat(learners.numerator()).isEqualTo(9);
    assertThat(learners.denominator()).isEqualTo(10);
    assertThat(result.decision().reached()).map(l -> l.id()).contains("muc-2");
  }

  @Test
  void aHigherTitleCountsForAtLeast() {
    List<Member> list = List.of(member(1, "thanh-vien", true, 2), member(2, "thanh-vien", true, 1),
        member(3, "thanh-vien", true, 0), member(4, "thanh-vien", true, 0));
    EvaluationResult result = new Evaluator().evaluate(mini, unit("truong", list, facts(yes("KH"))));
    Outcome.Share titles = (Outcome.Share) outcome(result, "muc-1", "DH");
    assertThat(titles.numerator()).isEqualTo(2);
    assertThat(titles.status()).isEqualTo(Status.MET);
    assertThat(result.gaps()).filteredOn(g -> g.indicator().id().equals("DH"))
        .singleElement().satisfies(g -> assertThat(g.members()).extracting(m -> m.source().row()).containsExactly(3, 4));
  }

  @Test
  void unitFactsAndRanks() {
    Unit noFacts = unit("truong", members(10, 10, 10), Map.of());
    EvaluationResult missing = new Evaluator().evaluate(mini, noFacts);
    assertThat(status(missing, "muc-1", "KH")).isEqualTo(Status.NOT_MET);
    assertThat(((Outcome.Fact) outcome(missing, "muc-1", "KH")).given()).isFalse();
    assertThat(status(missing, "muc-1", "TT")).isEqualTo(Status.NOT_MET);

    Unit said = unit("truong", members(10, 10, 10), facts(no("KH"), rank("TT", 1)));
    EvaluationResult answered = new Evaluator().evaluate(mini, said);
    assertThat(status(answered, "muc-1", "KH")).isEqualTo(Status.NOT_MET);
    assertThat(status(answered, "muc-1", "TT")).as("rank at the bar").isEqualTo(Status.MET);
    assertThat(status(answered, "muc-2", "TT")).as("rank below the bar").isEqualTo(Status.NOT_MET);
  }

  @Test
  void aLevelWithNothingApplicableIsNotReached() {
    EvaluationResult result = new Evaluator().evaluate(mini, unit("khac", members(10, 10, 10), Map.of()));
    assertThat(result.levels()).allSatisfy(level -> {
      assertThat(level.indicators()).allMatch(i -> i.status() == Status.NOT_APPLICABLE);
      assertThat(level.criteriaMet()).isFalse();
    });
    assertThat(result.decision().reached()).isEmpty();
  }

  /**
   * "Trước ngày 15 tháng 1": the last day to file is the 14th. "Sau ít nhất 1 năm (12 tháng) kể từ ngày ra quyết
   * định": a decision of 13/01/2025 has its 12 months end with 13/01/2026, so the unit may ask from 14/01/2026, in
   * time; one of 14/01/2025 may ask from 15/01/2026, too late.
   */
  @Test
  void theTwelveMonthRuleIsCheckedAgainstTheLastDayOfFiling() {
    Unit onTime = unit("truong", members(10, 10, 10), facts(date("ngay-qd", LocalDate.of(2025, 1, 13))));
    Unit early = unit("truong", members(10, 10, 10), facts(date("ngay-qd", LocalDate.of(2025, 1, 14))));
    ProcedureResult.Checked ok = (ProcedureResult.Checked) new Evaluator().evaluate(mini, onTime).procedures().get(0).check();
    ProcedureResult.Checked late = (ProcedureResult.Checked) new Evaluator().evaluate(mini, early).procedures().get(0).check();
    assertThat(ok.deadline()).isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(ok.earliest()).isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(ok.satisfied()).isTrue();
    assertThat(late.earliest()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(late.satisfied()).isFalse();
    Unit none = unit("truong", members(10, 10, 10), Map.of());
    assertThat(new Evaluator().evaluate(mini, none).procedures().get(0).check())
        .isInstanceOf(ProcedureResult.Unchecked.class);
  }

  @ParameterizedTest(name = "decided {0}, {1} months → may ask from {2}")
  @CsvSource({
    "2025-01-13, 12, 2026-01-14",
    "2024-02-29, 12, 2025-03-01",
    "2025-03-31, 1, 2025-05-01",
    "2025-12-31, 12, 2027-01-01",
  })
  void monthsAreCountedAsTheCivilCodeCountsThem(LocalDate decided, int months, LocalDate earliest) {
    assertThat(Evaluator.earliest(decided, months)).isEqualTo(earliest);
  }

  @Test
  void theLastDayToFileIsTheDayBeforeTheOneTheTextNames() throws Exception {
    Ruleset tt24 = new RulesetLoader().loadBuiltin("tt24").ruleset();
    Ruleset tt22 = new RulesetLoader().loadBuiltin("tt22").ruleset();
    UnitProfile unit = new UnitProfile("Trường", "tinh", "thpt", 2025, "");
    assertThat(Evaluator.dossierDeadline(tt24, unit)).isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(Evaluator.dossierDeadline(tt22, new UnitProfile("Trường", "tinh", "thpt", 2023, "")))
        .as("chậm nhất trong quý I").isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Evaluator.dossierDeadline(mini, unit)).as("no deadline named: the circular's").isEqualTo(
        LocalDate.of(2026, 1, 14));
    assertThat(tt24.deadlines()).extracting(d -> d.id() + " " + d.lastDay(2025)).containsExactly(
        "ho-so 2026-01-14", "tham-dinh 2026-02-14", "bao-cao-so 2026-03-14");
  }

  @Test
  void aLevelIsReachedOnlyWithEveryLevelBelowIt() {
    EvaluationResult result = new Evaluator().evaluate(mini, unit("truong", members(33, 31, 20), facts(yes("KH"),
        rank("TT", 1))));
    List<LevelResult> levels = result.levels();
    LevelResult first = levels.get(0);
    LevelResult second = levels.get(1);
    LevelResult failedFirst = new LevelResult(first.level(), first.indicators().stream()
        .map(i -> new IndicatorResult(i.indicator(), new Outcome.Fact(null, Answer.BLANK, "", BigDecimal.ZERO, false)))
        .toList());
    LevelResult metSecond = new LevelResult(second.level(), second.indicators().stream()
        .filter(i -> i.status() != Status.NOT_MET).toList());
    LevelDecision skipping = LevelDecision.of(List.of(failedFirst, metSecond), result.procedures());

    assertThat(metSecond.criteriaMet()).as("level 2 on its own").isTrue();
    assertThat(skipping.reached()).as("but not without level 1").isEmpty();
    assertThat(skipping.requestable()).as("nor asked for").isEmpty();
    assertThat(skipping.held()).singleElement().satisfies(s -> {
      assertThat(s.level()).isEqualTo(second.level());
      assertThat(s.hold()).isEqualTo(new LevelDecision.LowerLevelNotReached(first.level()));
    });
    LevelDecision listedHighFirst = LevelDecision.of(List.of(metSecond, failedFirst), result.procedures());
    assertThat(listedHighFirst.reached()).as("levels are decided in rank order, not as listed").isEmpty();
    assertThat(listedHighFirst.standings()).extracting(LevelDecision.Standing::level)
        .containsExactly(first.level(), second.level());
    LevelResult planMet = new LevelResult(new vn.dvht.model.Level("ke-hoach", "Kế hoạch của đơn vị", 3, true),
        metSecond.indicators());
    assertThat(LevelDecision.of(List.of(failedFirst, metSecond, planMet), result.procedures()).standings())
        .as("a plan level is not a recognition level").extracting(LevelDecision.Standing::level)
        .containsExactly(first.level(), second.level());
  }

  @Test
  void theSameInputGivesTheSameResult() {
    Unit unit = unit("truong", members(33, 31, 20), facts(yes("KH"), rank("TT", 1)));
    assertThat(new Evaluator().evaluate(mini, unit)).isEqualTo(new Evaluator().evaluate(mini, unit));
  }

  // — fixtures —

  /** {@code n} members, the first {@code disciplined} with Kỷ luật = yes, the first {@code titled} LĐTT. */
  private static List<Member> members(int n, int disciplined, int titled) {
    List<Member> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(member(i + 2, "thanh-vien", i < disciplined, i < titled ? 1 : 0));
    }
    return list;
  }

  private static Member member(int row, String population, boolean disciplined, int rank) {
    Map<String, Answer> answers = new HashMap<>();
    answers.put("ky-luat", new Answer.Flag(disciplined, disciplined ? "Có" : "Không"));
    answers.put("danh-hieu", new Answer.Rank(rank, rank == 0 ? "" : "x"));
    return new Member(new SourceRow("Thành viên", row), "Người " + row, "", population, answers);
  }

  private static Unit unit(String type, List<Member> members, Map<String, FactAnswer> facts) {
    return new Unit(new UnitProfile("Đơn vị thử", "huyen", type, 2025, ""), facts, members);
  }

  @SafeVarargs
  private static Map<String, FactAnswer> facts(Map.Entry<String, FactAnswer>... entries) {
    Map<String, FactAnswer> map = new HashMap<>();
    for (Map.Entry<String, FactAnswer> e : entries) {
      map.put(e.getKey(), e.getValue());
    }
    return map;
  }

  private static Map.Entry<String, FactAnswer> yes(String key) {
    return fact(key, new Answer.Flag(true, "Có"));
  }

  private static Map.Entry<String, FactAnswer> no(String key) {
    return fact(key, new Answer.Flag(false, "Không"));
  }

  private static Map.Entry<String, FactAnswer> rank(String key, int rank) {
    return fact(key, new Answer.Rank(rank, "r" + rank));
  }

  private static Map.Entry<String, FactAnswer> date(String key, LocalDate date) {
    return fact(key, new Answer.Date(date, date.toString()));
  }

  private static Map.Entry<String, FactAnswer> fact(String key, Answer answer) {
    return Map.entry(key, new FactAnswer(key, answer, "", new SourceRow("Đơn vị", 2)));
  }

  private static vn.dvht.model.Target anyTarget() {
    return mini.indicator("KL").orElseThrow().targets().get(0);
  }

  private static Outcome outcome(EvaluationResult result, String level, String indicator) {
    return result.levels().stream().filter(l -> l.level().id().equals(level)).findFirst().orElseThrow()
        .indicators().stream().filter(i -> i.indicator().id().equals(indicator)).findFirst().orElseThrow().outcome();
  }

  private static Status status(EvaluationResult result, String level, String indicator) {
    return outcome(result, level, indicator).status();
  }
}
