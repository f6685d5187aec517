package vn.dvht.office;

import java.time.LocalDate;
import vn.dvht.model.Level;

/** Why a unit is not recognised at the level it asked for: each is one sentence of its letter. */
public sealed interface Reason {
  /** An indicator of the level asked for is not met (its figures and cause are in the line). */
  record Unmet(LevelDecision.Line line) implements Reason {}

  /**
   * Level 2 asked for sooner than 12 months after the level-1 decision (Điều 5, 11 khoản 3): decided on
   * {@code decided}, asked no later than {@code deadline}, possible from {@code earliest}.
   */
  record Waiting(Level level, LocalDate decided, LocalDate earliest, LocalDate deadline, String number)
      implements Reason {}

  /** Level 2 asked for with no level-1 decision in the register ("công nhận nâng mức độ", Điều 2 khoản 11). */
  record NoLevelOne(Level level) implements Reason {}

  /** The unit is still recognised at this level or higher until {@code entry}'s term ends (Điều 2 khoản 10). */
  record StillValid(RegisterEntry entry, LocalDate until) implements Reason {}

  /** The unit is of another authority level than the office appraises. */
  record OtherAuthority(String authority) implements Reason {}

  /** The unit's dossier is of another assessment year than the office's. */
  record OtherYear(int year) implements Reason {}
}
