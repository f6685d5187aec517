package vn.dvht.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import vn.dvht.model.Answer;
import vn.dvht.model.FieldType;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;

/**
 * Folds member rows into one share indicator's verdicts: a bit per member for "in the population"
 * and one for "passes"; the share's numerator and denominator are those bits counted.
 */
final class ShareTally {
  private final Indicator indicator;
  private final Measure.Share share;
  private final int requiredRank;
  private final BitSet counted = new BitSet();
  private final BitSet passed = new BitSet();
  private final List<MemberGap.Entry> failing = new ArrayList<>();
  private final int gapLimit;
  private long failingCount;

  /** @param gapLimit how many failing members to name in the gap list (every one is counted) */
  ShareTally(Ruleset ruleset, Indicator indicator, int gapLimit) {
    this.gapLimit = gapLimit;
    this.indicator = indicator;
    this.share = (Measure.Share) indicator.measure();
    this.requiredRank = share.test() instanceof MemberTest.AtLeast atLeast
        ? ruleset.scale(((FieldType.Ranked) ruleset.field(atLeast.field()).type()).scale()).rank(atLeast.item())
        : 0;
  }

  /** Member number {@code index} (from 0, in reading order). */
  void add(int index, Member member) {
    if (!member.population().equals(share.population())) {
      return;
    }
    counted.set(index);
    Answer answer = member.answer(share.test().field());
    if (passes(answer)) {
      passed.set(index);
    } else {
      failingCount++;
      if (failing.size() < gapLimit) {
        failing.add(new MemberGap.Entry(member.source(), member.name(), member.memberId(), answer.raw()));
      }
    }
  }

  private boolean passes(Answer answer) {
    if (share.test() instanceof MemberTest.AtLeast) {
      return answer instanceof Answer.Rank r && r.rank() >= requiredRank;
    }
    return answer instanceof Answer.Flag f && f.yes();
  }

  Indicator indicator() {
    return indicator;
  }

  BitSet counted() {
    return counted;
  }

  BitSet passed() {
    return passed;
  }

  MemberGap gap() {
    return new MemberGap(indicator, share.test().field(), failing, failingCount);
  }
}
