package vn.dvht.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetTest;
import vn.dvht.model.UnitProfile;
import vn.dvht.ruleset.RulesetLoader;

/**
 * {@code ruleset test} checks every expectation a case gives: the dossier's recipient and who decides, and how many
 * of an indicator's clauses are shown, as well as the level (a case expecting what the unit does not get fails).
 */
class RulesetTestRunnerTest {
  static final String PROVINCE_2026 = "Cấp tỉnh năm 2026: Sở GD&ĐT nhận hồ sơ, Chủ tịch UBND cấp tỉnh công nhận";
  static final String THCS = "THCS công lập cấp huyện: không có câu dành cho mầm non";

  @Test
  void aWrongRecipientDeciderOrClauseCountIsAMismatch() throws Exception {
    Ruleset tt24 = new RulesetLoader().loadBuiltin("tt24").ruleset();
    RulesetTest province = test(tt24, PROVINCE_2026);
    EvaluationResult result = new Evaluator().evaluate(tt24, RulesetTestRunner.unit(tt24, province));
    assertThat(RulesetTestRunner.mismatches(province.expect(), result)).isEmpty();
    assertThat(RulesetTestRunner.mismatches(expect("Phòng Giáo dục và Đào tạo", "", Map.of()), result))
        .containsExactly(new RulesetTestRunner.Mismatch("recipient", "Phòng Giáo dục và Đào tạo",
            province.expect().recipient()));
    assertThat(RulesetTestRunner.mismatches(expect("", "Chủ tịch Ủy ban nhân dân cấp huyện", Map.of()), result))
        .extracting(RulesetTestRunner.Mismatch::what).containsExactly("decidedBy");

    RulesetTest thcs = test(tt24, THCS);
    EvaluationResult school = new Evaluator().evaluate(tt24, RulesetTestRunner.unit(tt24, thcs));
    assertThat(RulesetTestRunner.mismatches(thcs.expect(), school)).isEmpty();
    assertThat(RulesetTestRunner.unit(tt24, thcs).members()).as("generated members are numbered from 1")
        .first().satisfies(m -> {
          assertThat(m.name()).isEqualTo("#1");
          assertThat(m.source().row()).isEqualTo(1);
        });
    assertThat(RulesetTestRunner.mismatches(expect("", "", Map.of("TC1.CT2", 1)), school))
        .containsExactly(new RulesetTestRunner.Mismatch("clauses TC1.CT2", "1", "0"));
  }

  /**
   * Two indicators reading one field of one population: a member generated to fail either gets the failing
   * answer, so both counts are what the case says ({@code passing}); members passing both get the higher step
   * of a scale, so the stricter "at least" passes too.
   */
  @Test
  void twoIndicatorsOnOneFieldGiveEachMemberTheAnswerBothCountsNeed() throws Exception {
    Path file = Path.of("src/test/resources/eval/two-on-one-field.yaml");
    Ruleset rules = new RulesetLoader().parse("two-on-one-field.yaml", Files.readAllBytes(file), false).ruleset();
    for (String failingFirst : List.of("TC2.CT1", "TC2.CT2")) {
      RulesetTest test = new RulesetTest("two on one field", new UnitProfile("Đơn vị thử", "huyen", "truong", 2025, ""),
          Map.of(), Set.of(), List.of(new RulesetTest.Members("thanh-vien", 10, Map.of(failingFirst, 6))),
          expect("", "", Map.of()), 1);
      EvaluationResult result = new Evaluator().evaluate(rules, RulesetTestRunner.unit(rules, test));
      assertThat(numerator(result, "TC2.CT1")).as("failing %s", failingFirst).isEqualTo(6);
      assertThat(numerator(result, "TC2.CT2")).as("failing %s", failingFirst).isEqualTo(6);
      assertThat(numerator(result, "TC2.CT5")).isEqualTo(10);
      assertThat(numerator(result, "TC2.CT6")).isEqualTo(10);
    }
  }

  private static long numerator(EvaluationResult result, String indicator) {
    return result.levels().stream().filter(l -> l.level().id().equals("muc-1")).findFirst().orElseThrow()
        .indicators().stream().filter(i -> i.indicator().id().equals(indicator)).findFirst()
        .map(i -> ((Outcome.Share) i.outcome()).numerator()).orElseThrow();
  }

  private static RulesetTest test(Ruleset ruleset, String name) {
    return ruleset.tests().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static RulesetTest.Expectation expect(String recipient, String decidedBy, Map<String, Integer> clauses) {
    return new RulesetTest.Expectation("", "", "", Map.of(), recipient, decidedBy, clauses);
  }
}
