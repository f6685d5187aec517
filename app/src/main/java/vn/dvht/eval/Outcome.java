package vn.dvht.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dvht.model.Answer;
import vn.dvht.model.EvidenceRule;
import vn.dvht.model.Target;

/**
 * What was found for one indicator at one level. Code that treats each kind in its own way implements
 * {@link Cases}, so that a new kind is a compile error wherever it is not handled.
 */
public sealed interface Outcome {
  Status status();

  /** Hands this outcome to the case for its kind. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of outcome. */
  interface Cases<R> {
    R notApplicable(NotApplicable outcome);

    R share(Share outcome);

    R fact(Fact outcome);

    R rank(Rank outcome);
  }

  /**
   * Not met for want of evidence alone: a unit-level answer that claims the indicator with an empty
   * "Minh chứng" under a ruleset requiring evidence (Thông tư 24/2023 Điều 9, 15 khoản 3).
   */
  default boolean missingEvidence() {
    return false;
  }

  /** The indicator does not apply to this unit at this level. */
  record NotApplicable() implements Outcome {
    @Override
    public Status status() {
      return Status.NOT_APPLICABLE;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.notApplicable(this);
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
    public <R> R accept(Cases<R> cases) {
      return cases.share(this);
    }

    @Override
    public Status status() {
      return denominator > 0 && shortfall == 0 ? Status.MET : Status.NOT_MET;
    }

    public boolean emptyPopulation() {
      return denominator == 0;
    }

    /** Decimals a failing share may need so that it does not show its threshold (89,9996 % < 90 %). */
    private static final int MOST_DECIMALS = 6;

    /**
     * The share in percent as shown: two decimals rounded half-up, as Excel shows the same fraction —
     * except that a failing share never shows as reaching its threshold: then as many more decimals
     * as it takes (94,999 % against 95 %), up to six, past which it is cut down.
     */
    public BigDecimal percent() {
      if (denominator == 0) {
        return BigDecimal.ZERO.setScale(2);
      }
      BigDecimal exact = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(denominator), MOST_DECIMALS + 4, RoundingMode.FLOOR);
      for (int scale = 2; scale <= MOST_DECIMALS; scale++) {
        BigDecimal shown = exact.setScale(scale, RoundingMode.HALF_UP);
        if (status() == Status.MET || shown.compareTo(threshold) < 0) {
          return shown;
        }
      }
      return exact.setScale(MOST_DECIMALS, RoundingMode.FLOOR);
    }

    /** The share as a fraction, as exact as a spreadsheet cell holds it (17 significant digits). */
    public BigDecimal ratio() {
      if (denominator == 0) {
        return BigDecimal.ZERO;
      }
      return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), new java.math.MathContext(17,
          RoundingMode.HALF_EVEN));
    }
  }

  /**
   * A yes/no unit fact; {@code answer} is a {@link Answer.Flag}, a self-assessed {@link Answer.Score}
   * (met only at full points), or blank when not given. When the ruleset requires evidence
   * ({@code evidenceRequired}), a "Có" or a score with an empty {@code evidence} is not met.
   */
  record Fact(Target target, Answer answer, String evidence, BigDecimal points, boolean evidenceRequired)
      implements Outcome {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.fact(this);
    }

    @Override
    public Status status() {
      return answered() && !missingEvidence() ? Status.MET : Status.NOT_MET;
    }

    /** The answer alone meets the target: "Có", or a score at full points (evidence aside). */
    public boolean answered() {
      if (answer instanceof Answer.Score score) {
        return score.value().compareTo(points) >= 0;
      }
      return answer instanceof Answer.Flag f && f.yes();
    }

    /** The unit claims the indicator ("Có", a score above zero) with nothing in its "Minh chứng". */
    @Override
    public boolean missingEvidence() {
      return evidenceRequired && EvidenceRule.unbacked(answer, evidence);
    }

    public boolean given() {
      return !(answer instanceof Answer.Blank);
    }
  }

  /**
   * A unit's rank on a scale against the required item; rank 0 is none or not given. When the ruleset
   * requires evidence, a rank given with an empty {@code evidence} is not met.
   */
  record Rank(Target target, String requiredItem, int requiredRank, Answer answer, String evidence,
      boolean evidenceRequired) implements Outcome {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.rank(this);
    }

    @Override
    public Status status() {
      return answer instanceof Answer.Rank r && r.rank() >= requiredRank && !missingEvidence()
          ? Status.MET : Status.NOT_MET;
    }

    /** The unit names a rank (not "none") with nothing in its "Minh chứng". */
    @Override
    public boolean missingEvidence() {
      return evidenceRequired && EvidenceRule.unbacked(answer, evidence);
    }

    public boolean given() {
      return !(answer instanceof Answer.Blank);
    }
  }
}
