package vn.dvht.model;

import java.time.LocalDate;

/**
 * A cell as understood by the ruleset's vocabularies; {@code raw} is what the clerk typed. Code that treats
 * each kind in its own way implements {@link Cases}, so that a new kind is a compile error wherever it is
 * not handled.
 */
public sealed interface Answer {
  String raw();

  /** Hands this answer to the case for its kind. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of answer. */
  interface Cases<R> {
    R flag(Flag flag);

    R rank(Rank rank);

    R date(Date date);

    R score(Score score);

    R text(Text text);

    R blank(Blank blank);
  }

  /** A yes/no answer. */
  record Flag(boolean yes, String raw) implements Answer {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.flag(this);
    }
  }

  /** A step of a scale; rank 0 means none. */
  record Rank(int rank, String raw) implements Answer {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.rank(this);
    }
  }

  /** A date (decision dates and the like). */
  record Date(LocalDate value, String raw) implements Answer {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.date(this);
    }
  }

  /** A score: the unit's own for an indicator of a scoring ruleset, or a member's on a scored column. */
  record Score(java.math.BigDecimal value, String raw) implements Answer {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.score(this);
    }
  }

  /** Free text (names, identifiers, unit names). */
  record Text(String raw) implements Answer {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.text(this);
    }
  }

  /** A blank cell, or a field the sheet does not have. */
  record Blank() implements Answer {
    @Override
    public String raw() {
      return "";
    }

    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.blank(this);
    }
  }

  Blank BLANK = new Blank();
}
