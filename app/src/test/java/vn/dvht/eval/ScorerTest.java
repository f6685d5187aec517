package vn.dvht.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Points and grades of a scoring ruleset (ruleset/valid/mini-scored.yaml: a 10-point unit fact and a
 * 10-point share at 100 % with bands 95 % → 8, 90 % → 5; grades Tốt ≥ 17, Khá ≥ 14).
 */
class ScorerTest {

  @ParameterizedTest(name = "{0}/20 disciplined, plan {1} → {2} points, {3} (bands)")
  @CsvSource({
    "20, Có, 20.00, tot",
    "19, Có, 18.00, tot",
    "18, Có, 15.00, kha",
    "17, Có, 10.00, chua-dat",
    "20, Không, 10.00, chua-dat",
    "19, 7, 15.00, kha",
  })
  void bandsAndSelfAssessedScores(int disciplined, String plan, String points, String grade) throws Exception {
    Scorecard.Scored card = score(ruleset(""), disciplined, plan);
    assertThat(card.points()).isEqualTo(Fraction.of(new BigDecimal(points)));
    assertThat(card.grade().id()).isEqualTo(grade);
    assertThat(card.total()).isEqualByComparingTo("20");
  }

  @ParameterizedTest(name = "{0}/20 disciplined → {1} points (proportional)")
  @CsvSource({"20, 20.00", "19, 19.50", "13, 16.50", "0, 10.00"})
  void proportionalCreditIsMaxTimesShare(int disciplined, String points) throws Exception {
    Scorecard.Scored card = score(ruleset("proportional"), disciplined, "Có");
    assertThat(card.points()).isEqualTo(Fraction.of(new BigDecimal(points)));
  }

  @ParameterizedTest(name = "{0}/20 disciplined → {1} points (all-or-nothing)")
  @CsvSource({"20, 20.00", "19, 10.00"})
  void allOrNothingCredit(int disciplined, String points) throws Exception {
    Scorecard.Scored card = score(ruleset("all-or-nothing"), disciplined, "Có");
    assertThat(card.points()).isEqualTo(Fraction.of(new BigDecimal(points)));
    assertThat(card.indicators()).extracting(s -> s.indicator().credit().key())
        .containsOnly("all-or-nothing");
  }

  /** A self-assessed score meets its indicator at full points exactly, not a hundredth below; above is capped. */
  @ParameterizedTest(name = "plan scored {0} of 10 → {1}, {2} points")
  @CsvSource({"10, dat, 10", "9.99, khong-dat, 9.99", "12, dat, 10", "0, khong-dat, 0"})
  void aScoreAtFullPointsMeetsTheIndicator(String plan, String status, String points) throws Exception {
    Scorecard.Scored card = score(ruleset(""), 20, plan);
    Scorecard.IndicatorScore fact = card.indicators().get(0);
    assertThat(fact.indicator().id()).isEqualTo("TC1.CT1");
    assertThat(fact.outcome().status().key()).isEqualTo(status);
    assertThat(fact.earned()).isEqualTo(Fraction.of(new BigDecimal(points)));
  }

  /** The mini scoring ruleset, its share indicator's credit replaced when {@code credit} is given. */
  private static Ruleset ruleset(String credit) throws Exception {
    String yaml = Files.readString(Path.of("src/test/resources/ruleset/valid/mini-scored.yaml"));
    if (!credit.isEmpty()) {
      yaml = yaml.replace("        credit:\n          bands:\n            - {min: 95, points: 8}\n"
          + "            - {min: 90, points: 5}\n", "        credit: " + credit + "\n");
    }
    return new RulesetLoader().parse("mini-scored.yaml", yaml.getBytes(StandardCharsets.UTF_8), false).ruleset();
  }

  private static Scorecard.Scored score(Ruleset ruleset, int disciplined, String plan) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean yes = i < disciplined;
      members.add(new Member(new SourceRow("Thành viên", i + 2), "Người " + i, "", "thanh-vien",
          Map.of("ky-luat", new Answer.Flag(yes, yes ? "Có" : "Không"))));
    }
    Answer answer = plan.matches("[\\d.]+") ? new Answer.Score(new BigDecimal(plan), plan)
        : new Answer.Flag(plan.equals("Có"), plan);
    Unit unit = new Unit(new UnitProfile("Cơ quan thử", "huyen", "co-quan", 2023, ""),
        Map.of("TC1.CT1", new FactAnswer("TC1.CT1", answer, "", new SourceRow("Đơn vị", 5))), members);
    EvaluationResult result = new Evaluator().evaluate(ruleset, unit);
    assertThat(result.decision().reached()).as("a scoring ruleset recognises no level").isEmpty();
    return (Scorecard.Scored) result.scorecard();
  }
}
