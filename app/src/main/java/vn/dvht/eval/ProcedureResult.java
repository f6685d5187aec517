package vn.dvht.eval;

import java.time.LocalDate;
import vn.dvht.model.Procedure;

/** A procedural condition: a reminder, or checked against the date the unit gave. */
public record ProcedureResult(Procedure procedure, Check check) {

  /** What is known about the condition. */
  public sealed interface Check {}

  /** The unit did not give the date; the condition is a reminder. */
  public record Unchecked() implements Check {}

  /**
   * The unit gave the decision date; {@code earliest} is the first day it may apply, {@code deadline} the last
   * day to send the dossier of this assessment year (14 January of the next year: "trước ngày 15 tháng 1").
   */
  public record Checked(LocalDate decided, LocalDate earliest, LocalDate deadline) implements Check {
    public boolean satisfied() {
      return !earliest.isAfter(deadline);
    }
  }
}
