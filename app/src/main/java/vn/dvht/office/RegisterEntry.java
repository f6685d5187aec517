package vn.dvht.office;

import java.time.LocalDate;

/**
 * One earlier recognition decision, one row of the office's register: the unit (identifier, name,
 * type as written), the level's rank (1, 2), the decision's number and date, the assessment year it
 * answered (0 when not written), who decided, and the row it was read from (0 for a row this run adds).
 */
public record RegisterEntry(int row, String id, String name, String unitType, int level, String number,
    LocalDate decided, int year, String decidedBy, String note) {

  public UnitKey key() {
    return new UnitKey(name, id);
  }

  /** The last day this decision keeps the unit recognised ({@link Terms}). */
  public LocalDate validUntil() {
    return Terms.validUntil(decided);
  }
}
