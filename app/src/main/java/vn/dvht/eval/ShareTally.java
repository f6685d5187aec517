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
  private final Judge judge;
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
    this.judge = judge(ruleset, share.test());
  }

  /** How one kind of member test is passed, and what its cell said. */
  private interface Judge {
    boolean passes(Member member);

    String value(Member member);
  }

  private static Judge judge(Ruleset ruleset, MemberTest test) {
    return test.accept(new MemberTest.Cases<Judge>() {
      @Override
      public Judge isYes(MemberTest.IsYes yes) {
        return new Judge() {
          @Override
          public boolean passes(Member member) {
            return member.answer(yes.field()) instanceof Answer.Flag f && f.yes();
          }

          @Override
          public String value(Member member) {
            return member.answer(yes.field()).raw();
          }
        };
      }

      @Override
      public Judge atLeast(MemberTest.AtLeast atLeast) {
        int required = ruleset.scale(((FieldType.Ranked) ruleset.field(atLeast.field()).type()).scale())
            .rank(atLeast.item());
        return new Judge() {
          @Override
          public boolean passes(Member member) {
            return member.answer(atLeast.field()) instanceof Answer.Rank r && r.rank() >= required;
          }

          @Override
          public String value(Member member) {
            return member.answer(atLeast.field()).raw();
          }
        };
      }

      @Override
      public Judge scored(MemberTest.Scored scored) {
        return new Judge() {
          @Override
          public boolean passes(Member member) {
            return scored.title(member).holds();
          }

          @Override
          public String value(Member member) {
            MemberTest.Title title = scored.title(member);
            return title.fromScores() ? title.check().summary(p -> ruleset.field(p).header())
                : member.answer(scored.field()).raw();
          }
        };
      }
    });
  }

  /** Member number {@code index} (from 0, in reading order). */
  void add(int index, Member member) {
    if (!member.population().equals(share.population())) {
      return;
    }
    counted.set(index);
    if (judge.passes(member)) {
      passed.set(index);
    } else {
      failingCount++;
      if (failing.size() < gapLimit) {
        failing.add(new MemberGap.Entry(member.source(), member.name(), member.memberId(), judge.value(member)));
      }
    }
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
    return new MemberGap(indicator, failing, failingCount);
  }
}
