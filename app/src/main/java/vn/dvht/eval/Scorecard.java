package vn.dvht.eval;

import java.math.BigDecimal;
import java.util.List;
import vn.dvht.model.Grade;
import vn.dvht.model.Indicator;

/** The points of a scoring ruleset (Thông tư 22/2020), or nothing for a recognition ruleset. */
public sealed interface Scorecard {

  /** The ruleset recognises levels and scores nothing. */
  record NotScored() implements Scorecard {}

  /**
   * Points earned out of {@code total}, and the grade the exact points reach. When some indicators do
   * not apply, {@code points} is scaled to the total from the applicable maximum, as
   * {@code earned × total / applicableMax}. {@code earned} and {@code points} are exact fractions; shown
   * rounded down to two decimals ({@link Fraction#shown()}).
   */
  record Scored(List<IndicatorScore> indicators, Fraction earned, BigDecimal applicableMax, Fraction points,
      BigDecimal total, Grade grade) implements Scorecard {
    public Scored {
      indicators = List.copyOf(indicators);
    }
  }

  /** One indicator's points: {@code earned} (exact) of {@code max} under its credit rule. */
  record IndicatorScore(Indicator indicator, Outcome outcome, Fraction earned, BigDecimal max) {}
}
