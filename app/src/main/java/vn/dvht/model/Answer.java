package vn.dvht.model;

import java.time.LocalDate;

/** A cell as understood by the ruleset's vocabularies; {@code raw} is what the clerk typed. */
public sealed interface Answer {
  String raw();

  /** A yes/no answer. */
  record Flag(boolean yes, String raw) implements Answer {}

  /** A step of a scale; rank 0 means none. */
  record Rank(int rank, String raw) implements Answer {}

  /** A date (decision dates and the like). */
  record Date(LocalDate value, String raw) implements Answer {}

  /** A self-assessed score for a unit-level indicator of a scoring ruleset. */
  record Score(java.math.BigDecimal value, String raw) implements Answer {}

  /** Free text (names, identifiers, unit names). */
  record Text(String raw) implements Answer {}

  /** A blank cell, or a field the sheet does not have. */
  record Blank() implements Answer {
    @Override
    public String raw() {
      return "";
    }
  }

  Blank BLANK = new Blank();
}
