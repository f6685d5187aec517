package vn.dvht.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, kept in lowest terms with a positive denominator: the points of a scoring
 * ruleset, so that 10 × 17/20 plus the rest is compared with a grade's minimum without any rounding on
 * the way. Rounded only to be shown ({@link #shown()}).
 *
 * <pre>{@code
 * Fraction third = Fraction.of(BigDecimal.TEN).times(1, 3);   // 10/3
 * third.compareTo(Fraction.of(new BigDecimal("3.33")));         // 1
 * third.shown();                                               // 3.33 (two decimals, rounded down)
 * }</pre>
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** Decimals a number of points is shown with. */
  public static final int SHOWN_DECIMALS = 2;

  /**
   * How points are rounded to be shown: down, so a shown number never exceeds the exact one and never
   * reads as a grade the unit did not reach (84,999… shows 84,99, graded Khá); an exact 85 shows 85,00.
   */
  public static final RoundingMode SHOWN_ROUNDING = RoundingMode.FLOOR;

  public Fraction {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator 0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /** A decimal, exactly. */
  public static Fraction of(BigDecimal value) {
    return value.scale() <= 0
        ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
        : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  public Fraction plus(Fraction other) {
    return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** This times {@code multiplier / divisor}; {@code divisor} is not zero. */
  public Fraction times(long multiplier, long divisor) {
    return new Fraction(numerator.multiply(BigInteger.valueOf(multiplier)),
        denominator.multiply(BigInteger.valueOf(divisor)));
  }

  /** This times {@code multiplier / divisor}; {@code divisor} is not zero. */
  public Fraction times(BigDecimal multiplier, BigDecimal divisor) {
    Fraction m = of(multiplier);
    Fraction d = of(divisor);
    return new Fraction(numerator.multiply(m.numerator).multiply(d.denominator),
        denominator.multiply(m.denominator).multiply(d.numerator));
  }

  public int signum() {
    return numerator.signum();
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Whether this is at least {@code value}, compared exactly. */
  public boolean atLeast(BigDecimal value) {
    return compareTo(of(value)) >= 0;
  }

  /** The value as shown: {@value #SHOWN_DECIMALS} decimals, rounded down ({@link #SHOWN_ROUNDING}). */
  public BigDecimal shown() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), SHOWN_DECIMALS, SHOWN_ROUNDING);
  }

  /** Whether the shown value is the exact one (no digit was cut). */
  public boolean exactlyShown() {
    return of(shown()).equals(this);
  }

  @Override
  public String toString() {
    return numerator + (denominator.equals(BigInteger.ONE) ? "" : "/" + denominator);
  }
}
