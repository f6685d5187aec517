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
    assertThat(Terms.holds(LocalDate.of(2022, 2, 10), "tinh", 2025)).as("ended 31/12/2025, before 15/02/2026").isFalse();
    assertThat(Terms.holds(LocalDate.of(2022, 2, 10), "tinh", 2024)).as("holds on 15/02/2025").isTrue();
    assertThat(Terms.holds(LocalDate.of(2023, 2, 10), "huyen", 2025)).isTrue();
  }

  @Test
  void theDeadlinesAndTheirArticlesFollowTheAuthority() {
    assertThat(Deadlines.dossier("huyen", 2025)).isEqualTo(new Deadlines.Deadline(LocalDate.of(2026, 1, 15),
        "Điều 10 khoản 1 điểm c"));
    assertThat(Deadlines.appraisal("tinh", 2025)).isEqualTo(new Deadlines.Deadline(LocalDate.of(2026, 2, 15),
        "Điều 16 khoản 3"));
    assertThat(Deadlines.report(2025)).isEqualTo(new Deadlines.Deadline(LocalDate.of(2026, 3, 15), "Điều 20 khoản 3"));
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
