package vn.dvht.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dvht.model.Answer;
import vn.dvht.model.Target;

/** What was found for one indicator at one level. */
public sealed interface Outcome {
  Status status();

  /** The indicator does not apply to this unit at this level. */
  record NotApplicable() implements Outcome {
    @Override
    public Status status() {
      return Status.NOT_APPLICABLE;
    }
  }

  /**
   * {@code numerator} of {@code denominator} people passed; met when
   * {@code numerator × 100 ≥ threshold × denominator} and the population is not empty.
   * {@code shortfall} is how many more would have to pass.
   */
  record Share(Target target, BigDecimal threshold, long numerator, long denominator, long shortfall)
      implements Outcome {
    @Override
    public Status status() {
      return denominator > 0 && shortfall == 0 ? Status.MET : Status.NOT_MET;
    }

    public boolean emptyPopulation() {
      return denominator == 0;
    }

    /** The share in percent, two decimals, rounded down so a failing share never shows the threshold. */
    public BigDecimal percent() {
      if (denominator == 0) {
        return BigDecimal.ZERO.setScale(2);
      }
      return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.FLOOR);
    }
  }

  /**
   * A yes/no unit fact; {@code answer} is a {@link Answer.Flag}, a self-assessed {@link Answer.Score}
   * (met only at full points), or blank when not given.
   */
  record Fact(Target target, Answer answer, String evidence, BigDecimal points) implements Outcome {
    @Override
    public Status status() {
      if (answer instanceof Answer.Score score) {
        return score.value().compareTo(points) >= 0 ? Status.MET : Status.NOT_MET;
      }
      return answer instanceof Answer.Flag f && f.yes() ? Status.MET : Status.NOT_MET;
    }

    public boolean given() {
      return !(answer instanceof Answer.Blank);
    }
  }

  /** A unit's rank on a scale against the required item; rank 0 is none or not given. */
  record Rank(Target target, String requiredItem, int requiredRank, Answer answer, String evidence)
      implements Outcome {
    @Override
    public Status status() {
      return answer instanceof Answer.Rank r && r.rank() >= requiredRank ? Status.MET : Status.NOT_MET;
    }

    public boolean given() {
      return !(answer instanceof Answer.Blank);
    }
  }
}
