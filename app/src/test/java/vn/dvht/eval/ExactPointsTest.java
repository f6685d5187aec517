package vn.dvht.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Thông tư 22 points are exact: each item's share of its points (15 × 1/9 = 1,666…) is kept as a fraction,
 * the total is rescaled when an indicator does not apply and graded exactly; only the shown figure is
 * rounded, down. A unit exactly at a grade's minimum gets that grade (eval/scored-rescaled.yaml: 100
 * points, proportional credit, 10 of them for schools only).
 */
class ExactPointsTest {
  static Ruleset ruleset;

  @BeforeAll
  static void load() throws Exception {
    Path file = Path.of("src/test/resources/eval/scored-rescaled.yaml");
    ruleset = new RulesetLoader().parse("scored-rescaled.yaml", Files.readAllBytes(file), false).ruleset();
  }

  @ParameterizedTest(name = "{0}: {1}/{3} and {2}/{3} → exactly {4}, shown {5}, {6}")
  @CsvSource({
    // A school: every indicator applies. 60 + 10 + 15 × 1/9 + 15 × 8/9 = 85 exactly (cut per item: 84,99).
    "truong, 1, 8, 9, 85, 85.00, tot",
    "truong, 1, 7, 9, 250/3, 83.33, kha",
    // An agency: 90 points apply, rescaled × 100/90. 60 + 15 × 10/90 + 15 × 89/90 = 76,5 → exactly 85.
    "co-quan, 10, 89, 90, 85, 85.00, tot",
    "co-quan, 10, 88, 90, 2290/27, 84.81, kha",
    // 63 → exactly 70, the next boundary, through rescaling too.
    "co-quan, 1, 1, 10, 70, 70.00, kha",
    "co-quan, 1, 0, 10, 205/3, 68.33, trung-binh",
  })
  void gradedOnTheExactTotal(String type, int a, int b, int n, String exact, String shown, String grade) {
    Scorecard.Scored card = score(type, a, b, n);

    assertThat(card.points()).hasToString(exact);
    assertThat(card.points().shown()).isEqualByComparingTo(shown);
    assertThat(card.points().shown().scale()).isEqualTo(2);
    assertThat(card.grade().id()).isEqualTo(grade);
  }

  @Test
  void anIndicatorThatDoesNotApplyIsLeftOutOfTheMaximumAndThePointsAreRescaled() {
    Scorecard.Scored card = score("co-quan", 10, 89, 90);

    assertThat(card.applicableMax()).isEqualByComparingTo("90");
    assertThat(card.earned()).isEqualTo(Fraction.of(new BigDecimal("76.5")));
    assertThat(card.points()).as("76,5 of 90 is 85 of 100").isEqualTo(Fraction.of(BigDecimal.valueOf(85)));
    assertThat(card.indicators()).filteredOn(s -> s.indicator().id().equals("TC1.CT2"))
        .singleElement().satisfies(s -> assertThat(s.max().signum()).isZero());
  }

  @Test
  void eachItemKeepsItsExactShare() {
    Scorecard.Scored card = score("truong", 1, 8, 9);
    assertThat(card.indicators()).filteredOn(s -> s.indicator().id().equals("TC2.CT1")).singleElement()
        .satisfies(s -> {
          assertThat(s.earned()).hasToString("5/3");
          assertThat(s.earned().shown()).isEqualByComparingTo("1.66");
          assertThat(s.earned().exactlyShown()).isFalse();
        });
  }

  @Test
  void fractionsAreExactAndShownRoundedDown() {
    Fraction third = Fraction.of(BigDecimal.TEN).times(1, 3);
    assertThat(third).isEqualTo(new Fraction(BigInteger.valueOf(20), BigInteger.valueOf(6)));
    assertThat(third.plus(third).plus(third)).isEqualTo(Fraction.of(BigDecimal.TEN));
    assertThat(third.shown()).isEqualByComparingTo("3.33");
    assertThat(Fraction.of(new BigDecimal("84.999")).shown()).as("never shown as reaching 85")
        .isEqualByComparingTo("84.99");
    assertThat(Fraction.of(new BigDecimal("84.999")).exactlyShown()).isFalse();
    assertThat(Fraction.of(new BigDecimal("84.99")).exactlyShown()).isTrue();
    assertThat(Fraction.of(BigDecimal.valueOf(85)).exactlyShown()).isTrue();
    assertThat(third.atLeast(new BigDecimal("3.33"))).isTrue();
    assertThat(third.atLeast(new BigDecimal("3.34"))).isFalse();
    assertThat(new Fraction(BigInteger.ONE, BigInteger.valueOf(-2))).hasToString("-1/2");
    assertThat(Fraction.of(new BigDecimal("1.50")).times(new BigDecimal("100"), new BigDecimal("90")))
        .hasToString("5/3");
  }

  /** A unit of {@code type} answering "Có" to both facts, {@code a} and {@code b} of {@code n} members passing the shares. */
  private static Scorecard.Scored score(String type, int a, int b, int n) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      members.add(new Member(new SourceRow("Thành viên", i + 2), "Người " + i, "", "thanh-vien",
          Map.of("ky-luat", new Answer.Flag(i < a, "x"), "boi-duong", new Answer.Flag(i < b, "x"))));
    }
    Map<String, FactAnswer> facts = Map.of(
        "TC1.CT1", new FactAnswer("TC1.CT1", new Answer.Flag(true, "Có"), "Kế hoạch 1", new SourceRow("Đơn vị", 5)),
        "TC1.CT2", new FactAnswer("TC1.CT2", new Answer.Flag(true, "Có"), "Thư viện", new SourceRow("Đơn vị", 6)));
    Unit unit = new Unit(new UnitProfile("Đơn vị thử", "huyen", type, 2023, ""), facts, members);
    return (Scorecard.Scored) new Evaluator().evaluate(ruleset, unit).scorecard();
  }
}
