package vn.dvht.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvht.model.Answer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;
import vn.dvht.model.SourceRow;
import vn.dvht.model.UnitProfile;
import vn.dvht.ruleset.RulesetLoader;

/**
 * A title computed from scores is checked once, when the member's row is read, and every indicator reading
 * the title reads that check: the tally does not check the member's scores again.
 */
class CheckedTitleTest {
  private static final String TITLE = "cong-dan-hoc-tap";

  @Test
  void theTallyReadsTheTitleCheckedWhenTheRowWasRead() throws Exception {
    Ruleset tt24 = new RulesetLoader().loadBuiltin("tt24").ruleset();
    UnitProfile profile = new UnitProfile("Trường", "tinh", "thpt", 2025, "");
    List<Indicator> shares = tt24.sharesFor(profile);
    int at = indexOf(shares, "TC3.CT1");
    MemberTest.Scored scored = (MemberTest.Scored) ((Measure.Share) shares.get(at).measure()).test();

    Map<String, Answer> eighty = new HashMap<>();
    for (String part : scored.rule().parts()) {
      eighty.put(part, new Answer.Score(BigDecimal.valueOf(8), "8"));
    }
    eighty.put(TITLE, new Answer.Flag(false, "Không"));
    MemberTest.Title checked = scored.check(member(eighty));
    assertThat(checked.holds()).isTrue();

    // The same member as the tally sees it after reading: the check travels with the row.
    Member read = member(eighty).withTitles(Map.of(TITLE, checked));
    assertThat(scored.title(read)).isSameAs(checked);

    // A row whose title was checked when read is counted by that check, not by a second look at its cells.
    Member carried = member(Map.of(TITLE, new Answer.Flag(false, "Không"))).withTitles(Map.of(TITLE, checked));
    Tally tally = new Evaluator().tally(tt24, profile, Evaluator.GAP_LIMIT);
    tally.accept(carried);
    assertThat(tally.of(at, 0)).isEqualTo(Verdicts.Verdict.PASSED);
  }

  private static Member member(Map<String, Answer> answers) {
    return new Member(new SourceRow("Thành viên", 2), "Nguyễn Văn An", "", "thanh-vien", answers);
  }

  private static int indexOf(List<Indicator> shares, String id) {
    for (int i = 0; i < shares.size(); i++) {
      if (shares.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }
}
