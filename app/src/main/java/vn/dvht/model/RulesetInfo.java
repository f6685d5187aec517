package vn.dvht.model;

import java.time.LocalDate;
import java.util.List;

/** Ruleset metadata: identity, the circular it encodes and the dates it is in force. */
public record RulesetInfo(
    String id,
    String title,
    String circular,
    List<LegalBasis> legalBasis,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    String note) {

  /** Used for {@link #effectiveUntil} when a ruleset has no end date. */
  public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  public RulesetInfo {
    legalBasis = List.copyOf(legalBasis);
  }

  /**
   * Whether this circular governs an assessment year: in force on 31 December of that year, the
   * end of the period the data covers.
   */
  public boolean governs(int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return !effectiveFrom.isAfter(end) && !effectiveUntil.isBefore(end);
  }
}
