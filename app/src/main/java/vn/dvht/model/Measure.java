package vn.dvht.model;

/**
 * What an indicator measures. Code that treats each kind in its own way implements {@link Cases}, so that
 * a new kind is a compile error wherever it is not handled.
 */
public sealed interface Measure {
  /** The kinds' names, as a ruleset writes them ({@code kind: share}) and the result JSON repeats them. */
  String SHARE = "share";
  String UNIT_FACT = "unit-fact";
  String UNIT_RANK = "unit-rank";

  /** Hands this measure to the case for its kind. */
  <R> R accept(Cases<R> cases);

  /** This kind's name: {@link #SHARE}, {@link #UNIT_FACT} or {@link #UNIT_RANK}. */
  String kind();

  /** One method per kind of measure. */
  interface Cases<R> {
    R share(Share share);

    R unitFact(UnitFact fact);

    R unitRank(UnitRank rank);
  }

  /** The share of a population whose rows pass a test, compared with a minimum percentage. */
  record Share(String population, MemberTest test) implements Measure {
    @Override
    public String kind() {
      return SHARE;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.share(this);
    }
  }

  /** A yes/no fact about the unit, backed by evidence (minh chứng). */
  record UnitFact() implements Measure {
    @Override
    public String kind() {
      return UNIT_FACT;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.unitFact(this);
    }
  }

  /** A step of an ordered scale reached by the unit (collective title, digital level). */
  record UnitRank(String scale) implements Measure {
    @Override
    public String kind() {
      return UNIT_RANK;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.unitRank(this);
    }
  }
}
