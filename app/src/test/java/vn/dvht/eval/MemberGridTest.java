package vn.dvht.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvht.eval.Verdicts.Verdict;
import vn.dvht.model.Answer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;
import vn.dvht.ruleset.RulesetLoader;

/**
 * The member grid ({@link Verdicts}, and {@link Tally} while rows are folded): each member's verdict on each
 * share indicator that applies, and the shares' counts are those verdicts counted (src/test/resources/eval/mini.yaml).
 */
class MemberGridTest {
  static Ruleset mini;

  @BeforeAll
  static void load() throws Exception {
    Path file = Path.of("src/test/resources/eval/mini.yaml");
    mini = new RulesetLoader().parse("mini.yaml", Files.readAllBytes(file), false).ruleset();
  }

  @Test
  void eachMemberHasAVerdictOnEachShareAndTheCountsAreTheVerdictsCounted() {
    // Members 0–2 answer Kỷ luật "Có", member 3 "Không"; member 1 holds LĐTT; member 4 is a learner.
    List<Member> members = List.of(member(2, "thanh-vien", true, 0), member(3, "thanh-vien", true, 1),
        member(4, "thanh-vien", true, 0), member(5, "thanh-vien", false, 0), member(6, "nguoi-hoc", true, 0));
    EvaluationResult result = new Evaluator().evaluate(mini, unit(members));
    Verdicts grid = result.verdicts();

    assertThat(grid.members()).isEqualTo(5);
    assertThat(grid.indicators()).extracting(Indicator::id).containsExactly("KL", "DH", "HS");
    assertThat(result.gaps()).extracting(g -> g.indicator().id()).containsExactly("KL", "DH", "HS");
    assertThat(column(grid, 0)).containsExactly(Verdict.PASSED, Verdict.PASSED, Verdict.PASSED, Verdict.FAILED,
        Verdict.NOT_COUNTED);
    assertThat(column(grid, 1)).containsExactly(Verdict.FAILED, Verdict.PASSED, Verdict.FAILED, Verdict.FAILED,
        Verdict.NOT_COUNTED);
    assertThat(column(grid, 2)).containsExactly(Verdict.NOT_COUNTED, Verdict.NOT_COUNTED, Verdict.NOT_COUNTED,
        Verdict.NOT_COUNTED, Verdict.PASSED);
    assertThat(List.of(grid.passed(0), grid.counted(0), grid.passed(1), grid.counted(1), grid.passed(2),
        grid.counted(2))).containsExactly(3L, 4L, 1L, 4L, 1L, 1L);
    assertThat(result.gaps().get(0).members()).extracting(m -> m.source().row()).containsExactly(5);
    assertThat(List.of(result.count("thanh-vien"), result.count("nguoi-hoc"), result.count("khach")))
        .containsExactly(4L, 1L, 0L);
    LevelResult first = result.levels().get(0);
    assertThat(List.of(first.count(Status.MET), first.count(Status.NOT_MET), first.count(Status.NOT_APPLICABLE)))
        .as("KL 3/4 and DH 1/4 below their bars, KH and TT not answered, HS only at level 2").containsExactly(0L, 4L, 1L);
    assertThat(result.plan()).isEmpty();
  }

  @Test
  void aMemberOutsideTheGridIsAnError() {
    List<Member> members = List.of(member(2, "thanh-vien", true, 0), member(3, "thanh-vien", false, 0));
    Verdicts grid = new Evaluator().evaluate(mini, unit(members)).verdicts();
    assertThat(grid.of(0, 0)).isEqualTo(Verdict.PASSED);
    assertThat(grid.of(0, 1)).isEqualTo(Verdict.FAILED);
    assertThatThrownBy(() -> grid.of(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> grid.of(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);

    Tally tally = new Evaluator().tally(mini, unit(members).profile(), Evaluator.GAP_LIMIT);
    tally.accept(members.get(0));
    assertThat(tally.members()).isEqualTo(1);
    assertThat(tally.count("thanh-vien")).isEqualTo(1);
    assertThat(tally.count("nguoi-hoc")).isZero();
    assertThat(tally.of(0, 0)).as("a member already folded").isEqualTo(Verdict.PASSED);
    assertThatThrownBy(() -> tally.of(0, 1)).as("not yet folded").isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> tally.of(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theGapListNamesUpToItsLimitAndCountsEveryone() {
    List<Member> members = List.of(member(2, "thanh-vien", false, 0), member(3, "thanh-vien", true, 0),
        member(4, "thanh-vien", false, 0), member(5, "thanh-vien", false, 0));
    Unit unit = unit(members);
    for (int limit : new int[] {0, 1, 2, 3, 4}) {
      Tally tally = new Evaluator().tally(mini, unit.profile(), limit);
      members.forEach(tally);
      MemberGap gap = new Evaluator().evaluate(mini, unit, tally).gaps().get(0);
      assertThat(gap.members()).as("limit %d", limit).extracting(m -> m.source().row())
          .containsExactlyElementsOf(List.of(2, 4, 5).subList(0, Math.min(limit, 3)));
      assertThat(gap.total()).isEqualTo(3);
      assertThat(gap.complete()).isEqualTo(limit >= 3);
    }
  }

  @Test
  void twoGridsAreEqualWhenEveryVerdictIs() {
    List<Indicator> one = List.of(mini.indicator("KL").orElseThrow());
    Verdicts grid = new Verdicts(one, bits(0, 1), bits(0), 2);
    assertThat(grid).isEqualTo(new Verdicts(one, bits(0, 1), bits(0), 2))
        .hasSameHashCodeAs(new Verdicts(one, bits(0, 1), bits(0), 2))
        .isNotEqualTo(new Verdicts(one, bits(0, 1), bits(0), 3))
        .isNotEqualTo(new Verdicts(List.of(mini.indicator("DH").orElseThrow()), bits(0, 1), bits(0), 2))
        .isNotEqualTo(new Verdicts(one, bits(0), bits(0), 2))
        .isNotEqualTo(new Verdicts(one, bits(0, 1), bits(1), 2))
        .isNotEqualTo(Verdicts.NONE)
        .isNotEqualTo("Verdicts[2 members × 1 indicators]")
        .hasToString("Verdicts[2 members × 1 indicators]");
  }

  private static BitSet[] bits(int... set) {
    BitSet bits = new BitSet();
    for (int i : set) {
      bits.set(i);
    }
    return new BitSet[] {bits};
  }

  private static List<Verdict> column(Verdicts grid, int indicator) {
    List<Verdict> column = new ArrayList<>();
    for (int m = 0; m < grid.members(); m++) {
      column.add(grid.of(indicator, m));
    }
    return column;
  }

  private static Member member(int row, String population, boolean disciplined, int rank) {
    Map<String, Answer> answers = Map.of("ky-luat", new Answer.Flag(disciplined, disciplined ? "Có" : "Không"),
        "danh-hieu", new Answer.Rank(rank, rank == 0 ? "" : "x"));
    return new Member(new SourceRow("Thành viên", row), "Người " + row, "", population, answers);
  }

  private static Unit unit(List<Member> members) {
    return new Unit(new UnitProfile("Đơn vị thử", "huyen", "truong", 2025, ""), Map.of(), members);
  }
}
