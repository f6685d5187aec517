package vn.dvht.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.model.Answer;
import vn.dvht.model.Credit;
import vn.dvht.model.Grade;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Scoring;

/**
 * Turns the outcomes at a scoring ruleset's level into points. A met target earns the indicator's
 * points; a share below it earns what its credit rule gives (none, max × k / n, or the highest band
 * reached — band minimums compared exactly); a unit fact earns all for yes, none for no, or the
 * self-assessed score. Every figure is an exact {@link Fraction}: nothing is rounded before the total
 * is rescaled (when some indicators do not apply) and graded; points are rounded only to be shown.
 */
final class Scorer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scorer() {}

  static Scorecard score(Ruleset ruleset, LevelResult level) {
    if (!(ruleset.scoring() instanceof Scoring.Points scoring)) {
      return new Scorecard.NotScored();
    }
    List<Scorecard.IndicatorScore> scores = new ArrayList<>();
    Fraction earned = Fraction.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (IndicatorResult row : level.indicators()) {
      if (row.status() == Status.NOT_APPLICABLE) {
        scores.add(new Scorecard.IndicatorScore(row.indicator(), row.outcome(), Fraction.ZERO, BigDecimal.ZERO));
        continue;
      }
      BigDecimal points = row.indicator().points();
      Fraction got = earned(row, points);
      scores.add(new Scorecard.IndicatorScore(row.indicator(), row.outcome(), got, points));
      earned = earned.plus(got);
      max = max.add(points);
    }
    BigDecimal total = scoring.total();
    Fraction points = max.signum() == 0 ? Fraction.ZERO : earned.times(total, max);
    return new Scorecard.Scored(scores, earned, max, points, total, grade(scoring, points));
  }

  /** The highest grade whose minimum the exact points reach (the lowest grade otherwise). */
  static Grade grade(Scoring.Points scoring, Fraction points) {
    return scoring.grades().stream().filter(g -> points.atLeast(g.min())).findFirst()
        .orElse(scoring.grades().get(scoring.grades().size() - 1));
  }

  private static Fraction earned(IndicatorResult row, BigDecimal points) {
    Outcome outcome = row.outcome();
    if (outcome instanceof Outcome.Fact fact && fact.answer() instanceof Answer.Score score) {
      return Fraction.of(fact.missingEvidence() ? BigDecimal.ZERO : score.value().min(points).max(BigDecimal.ZERO));
    }
    if (row.status() == Status.MET) {
      return Fraction.of(points);
    }
    if (!(outcome instanceof Outcome.Share share) || share.emptyPopulation()) {
      return Fraction.ZERO;
    }
    Credit credit = row.indicator().credit();
    if (credit instanceof Credit.Proportional) {
      return Fraction.of(points).times(share.numerator(), share.denominator());
    }
    if (credit instanceof Credit.Bands bands) {
      for (Credit.Band band : bands.bands()) {
        BigDecimal reached = BigDecimal.valueOf(share.numerator()).multiply(HUNDRED);
        if (reached.compareTo(band.minPercent().multiply(BigDecimal.valueOf(share.denominator()))) >= 0) {
          return Fraction.of(band.points());
        }
      }
    }
    return Fraction.ZERO;
  }
}
