package vn.dvht.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The recognition is kept "03 năm (36 tháng) tiếp theo năm được công nhận" (Điều 5, 11 khoản 4): to the end
 * of the third year after the decision's year, judged on the day this cycle's decisions are due.
 */
class TermsTest {
  @Test
  void aDecisionKeepsItsRecognitionToTheEndOfTheThirdYearAfterItsOwn() {
    assertThat(Terms.validUntil(LocalDate.of(2022, 2, 10))).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(Terms.validUntil(LocalDate.of(2022, 12, 31))).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void itStillHoldsOnlyIfItHoldsOnTheDayThisCyclesDecisionsAreDue() {
    assertThat(Terms.holds(LocalDate.of(2022, 2, 10), LocalDate.of(2026, 2, 15))).as("ended 31/12/2025").isFalse();
    assertThat(Terms.holds(LocalDate.of(2022, 2, 10), LocalDate.of(2025, 2, 15))).isTrue();
    assertThat(Terms.holds(LocalDate.of(2022, 2, 10), LocalDate.of(2025, 12, 31))).as("its last day").isTrue();
  }

  /** The office reads the calendar from the ruleset: the dossier, the appraisal, the district office's report. */
  @Test
  void theDeadlinesComeFromTheRuleset() throws Exception {
    var tt24 = new vn.dvht.ruleset.RulesetLoader().resolve("tt24").ruleset();
    assertThat(Deadlines.dossier(tt24, "huyen", 2025).date()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(Deadlines.appraisal(tt24, "tinh", 2025).date()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(Deadlines.appraisal(tt24, "tinh", 2025).citation()).contains("Điều 16 khoản 3");
    assertThat(Deadlines.report(tt24, "huyen", 2025).map(Deadlines.Deadline::date)).contains(LocalDate.of(2026, 3, 15));
    assertThat(Deadlines.report(tt24, "tinh", 2025)).as("the Sở reports at the end of the school year").isEmpty();
  }

  @Test
  void theCouncilCountsEveryMemberAnOddNumberOfFiveOrMore() {
    for (int size = 0; size <= 9; size++) {
      java.util.List<CouncilMember> members = new java.util.ArrayList<>();
      for (int i = 0; i < size; i++) {
        members.add(new CouncilMember(i + 2, "Người " + i, "", i == 0 ? Role.CHAIR : Role.MEMBER, ""));
      }
      assertThat(new Council(members).legalSize()).as(size + " members").isEqualTo(size >= 5 && size % 2 == 1);
    }
  }
}
