package vn.dvht.model;

/**
 * How the cells of a member column are read. Code that treats each kind in its own way implements
 * {@link Cases}, so that a new kind is a compile error wherever it is not handled.
 */
public sealed interface FieldType {
  /** Hands this type to the case for its kind. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of column. */
  interface Cases<R> {
    R name(Name name);

    R identifier(Identifier identifier);

    R population(PopulationColumn population);

    R yesNo(YesNo yesNo);

    R birthDate(BirthDate birthDate);

    R ranked(Ranked ranked);

    R score(Score score);
  }

  /** The member's full name; identifies the row in reports. */
  record Name() implements FieldType {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.name(this);
    }
  }

  /** An optional identifier (mã định danh, số CCCD). */
  record Identifier() implements FieldType {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.identifier(this);
    }
  }

  /** Which population the row belongs to; blank means the default population. */
  record PopulationColumn() implements FieldType {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.population(this);
    }
  }

  /**
   * A yes/no answer read with the named vocabulary; a title whose {@code scores} rule computes it from
   * score columns when the row has them ({@link ScoreRule#NONE} when it is only ever given).
   */
  record YesNo(String vocabulary, ScoreRule scores) implements FieldType {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.yesNo(this);
    }
  }

  /** The member's date of birth: optional, used with the name to warn about a member listed twice. */
  record BirthDate() implements FieldType {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.birthDate(this);
    }
  }

  /** A step of the named ordered scale, or none. */
  record Ranked(String scale) implements FieldType {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.ranked(this);
    }
  }

  /** A member's own score on one indicator, from 0 to {@code max} (Quyết định 324: 0–10). */
  record Score(java.math.BigDecimal max) implements FieldType {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.score(this);
    }
  }
}
