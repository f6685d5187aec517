package vn.dvht.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.model.Answer;
import vn.dvht.model.Credit;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Scoring;

/**
 * Turns the outcomes at a scoring ruleset's level into points. A met target earns the indicator's
 * points; a share below it earns what its credit rule gives (none, max × k / n, or the highest band
 * reached — band minimums compared exactly); a unit fact earns all for yes, none for no, or the
 * self-assessed score. Fractions of a point are kept to two decimals, rounded down.
 */
final class Scorer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scorer() {}

  static Scorecard score(Ruleset ruleset, LevelResult level) {
    if (!(ruleset.scoring() instanceof Scoring.Points scoring)) {
      return new Scorecard.NotScored();
    }
    List<Scorecard.IndicatorScore> scores = new ArrayList<>();
    BigDecimal earned = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (IndicatorResult row : level.indicators()) {
      if (row.status() == Status.NOT_APPLICABLE) {
        scores.add(new Scorecard.IndicatorScore(row.indicator(), row.outcome(), BigDecimal.ZERO, BigDecimal.ZERO));
        continue;
      }
      BigDecimal points = row.indicator().points();
      BigDecimal got = earned(row, points).setScale(2, RoundingMode.FLOOR);
      scores.add(new Scorecard.IndicatorScore(row.indicator(), row.outcome(), got, points));
      earned = earned.add(got);
      max = max.add(points);
    }
    BigDecimal total = scoring.total();
    BigDecimal points = max.signum() == 0 ? BigDecimal.ZERO.setScale(2)
        : max.compareTo(total) == 0 ? earned
        : earned.multiply(total).divide(max, 2, RoundingMode.FLOOR);
    return new Scorecard.Scored(scores, earned, max, points, total, scoring.gradeFor(points));
  }

  private static BigDecimal earned(IndicatorResult row, BigDecimal points) {
    Outcome outcome = row.outcome();
    if (outcome instanceof Outcome.Fact fact && fact.answer() instanceof Answer.Score score) {
      return fact.missingEvidence() ? BigDecimal.ZERO : score.value().min(points).max(BigDecimal.ZERO);
    }
    if (row.status() == Status.MET) {
      return points;
    }
    if (!(outcome instanceof Outcome.Share share) || share.emptyPopulation()) {
      return BigDecimal.ZERO;
    }
    Credit credit = row.indicator().credit();
    if (credit instanceof Credit.Proportional) {
      return points.multiply(BigDecimal.valueOf(share.numerator()))
          .divide(BigDecimal.valueOf(share.denominator()), 2, RoundingMode.FLOOR);
    }
    if (credit instanceof Credit.Bands bands) {
      for (Credit.Band band : bands.bands()) {
        BigDecimal reached = BigDecimal.valueOf(share.numerator()).multiply(HUNDRED);
        if (reached.compareTo(band.minPercent().multiply(BigDecimal.valueOf(share.denominator()))) >= 0) {
          return band.points();
        }
      }
    }
    return BigDecimal.ZERO;
  }
}
