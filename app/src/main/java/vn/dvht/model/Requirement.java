package vn.dvht.model;

import java.math.BigDecimal;

/**
 * The bar a target sets. Code that treats each kind in its own way implements {@link Cases}, so that a
 * new kind is a compile error wherever it is not handled.
 */
public sealed interface Requirement {
  /** Hands this requirement to the case for its kind. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of requirement. */
  interface Cases<R> {
    R minPercent(MinPercent percent);

    R required(Required required);

    R minRank(MinRank rank);
  }

  /** At least {@code percent} % of the population (0–100, exact). */
  record MinPercent(BigDecimal percent) implements Requirement {
    public MinPercent {
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("percent outside 0..100: " + percent);
      }
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.minPercent(this);
    }
  }

  /** The unit fact must be "yes". */
  record Required() implements Requirement {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.required(this);
    }
  }

  /** The unit's rank on the indicator's scale must be at least this item. */
  record MinRank(String item) implements Requirement {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.minRank(this);
    }
  }
}
