package vn.dvht.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * One "Căn cứ" line of the report. A document that concerns some units only (Decision 4740 on the
 * digital level of universities) names the {@code indicators} it backs, and is cited only for a unit
 * one of them applies to; {@code indicators} empty means every unit. {@code from} is the day it came into force,
 * when the ruleset says ({@code from:}).
 */
public record LegalBasis(String text, Set<String> indicators, LocalDate from) {
  /** {@link #from} of a document whose date in force the ruleset does not give. */
  public static final LocalDate UNDATED = LocalDate.MIN;

  public LegalBasis {
    indicators = Set.copyOf(indicators);
  }

  public LegalBasis(String text, Set<String> indicators) {
    this(text, indicators, UNDATED);
  }

  public static LegalBasis always(String text) {
    return new LegalBasis(text, Set.of());
  }

  /** Whether the document came into force only after the assessment year (Luật 06/2022/QH15, from 2024, for 2023). */
  public boolean postdates(int year) {
    return from.isAfter(LocalDate.of(year, 12, 31));
  }
}
