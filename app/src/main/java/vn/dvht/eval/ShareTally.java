package vn.dvht.eval;

import java.util.ArrayList;
import java.util.List;
import vn.dvht.model.Answer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ruleset;

/** Folds member rows into one share indicator's counts: who is in its population, who passes. */
final class ShareTally {
  private final Indicator indicator;
  private final Measure.Share share;
  private final int requiredRank;
  private final List<Member> failing = new ArrayList<>();
  private final int gapLimit;
  private long failingCount;
  private long numerator;
  private long denominator;

  /** @param gapLimit how many failing members to keep (the rest are only counted) */
  ShareTally(Ruleset ruleset, Indicator indicator, int gapLimit) {
    this.gapLimit = gapLimit;
    this.indicator = indicator;
    this.share = (Measure.Share) indicator.measure();
    this.requiredRank = share.test() instanceof MemberTest.AtLeast atLeast
        ? ruleset.scale(((vn.dvht.model.FieldType.Ranked) ruleset.field(atLeast.field()).type()).scale())
            .rank(atLeast.item())
        : 0;
  }

  void add(Member member) {
    if (!member.population().equals(share.population())) {
      return;
    }
    denominator++;
    if (passes(member.answer(share.test().field()))) {
      numerator++;
    } else {
      failingCount++;
      if (failing.size() < gapLimit) {
        failing.add(member);
      }
    }
  }

  private boolean passes(Answer answer) {
    if (share.test() instanceof MemberTest.AtLeast) {
      return answer instanceof Answer.Rank r && r.rank() >= requiredRank;
    }
    return answer instanceof Answer.Flag f && f.yes();
  }

  long numerator() {
    return numerator;
  }

  long denominator() {
    return denominator;
  }

  MemberGap gap() {
    return new MemberGap(indicator, share.test().field(), failing, failingCount);
  }
}
