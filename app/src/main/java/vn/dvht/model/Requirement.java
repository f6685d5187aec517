package vn.dvht.model;

import java.math.BigDecimal;

/** The bar a target sets. */
public sealed interface Requirement {

  /** At least {@code percent} % of the population (0–100, exact). */
  record MinPercent(BigDecimal percent) implements Requirement {
    public MinPercent {
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("percent outside 0..100: " + percent);
      }
    }
  }

  /** The unit fact must be "yes". */
  record Required() implements Requirement {}

  /** The unit's rank on the indicator's scale must be at least this item. */
  record MinRank(String item) implements Requirement {}
}
