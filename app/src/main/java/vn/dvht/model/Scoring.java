package vn.dvht.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Whether a ruleset scores indicators in points (Thông tư 22/2020) or only recognises levels. */
public sealed interface Scoring {

  /** Recognition by levels only (Thông tư 24/2023). */
  record None() implements Scoring {}

  /**
   * Points out of {@code total}, graded by the highest {@link Grade} whose minimum the exact points reach
   * (the evaluator grades); {@code grades} are kept highest first.
   */
  record Points(BigDecimal total, List<Grade> grades) implements Scoring {
    public Points {
      grades = grades.stream().sorted(Comparator.comparing(Grade::min).reversed()).toList();
    }
  }
}
