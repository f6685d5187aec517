package vn.dvht.model;

/**
 * A procedural condition, such as "no sooner than 12 months after the level-1 decision" or "the
 * recognition is kept for 3 years". Shown as a reminder; checked when it names a date fact
 * ({@code dateFact}, {@code minMonths}) and the unit gives that date. {@code level} is the level it
 * concerns, "" for every level.
 */
public record Procedure(String id, String level, String text, String citation, String dateFact, int minMonths) {

  /** Whether the unit's own date can check it; otherwise it is only a reminder. */
  public boolean checkable() {
    return !dateFact.isEmpty();
  }
}
