package vn.dvht.model;

import java.time.LocalDate;
import java.util.List;

/** Ruleset metadata: identity, the circular it encodes and the dates it is in force. */
public record RulesetInfo(
    String id,
    String title,
    String circular,
    List<String> legalBasis,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    String note) {

  /** Used for {@link #effectiveUntil} when a ruleset has no end date. */
  public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  public RulesetInfo {
    legalBasis = List.copyOf(legalBasis);
  }

  public boolean inForceDuring(int year) {
    return effectiveFrom.getYear() <= year && year <= effectiveUntil.getYear();
  }
}
