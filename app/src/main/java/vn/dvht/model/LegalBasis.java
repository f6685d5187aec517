package vn.dvht.model;

import java.util.Set;

/**
 * One "Căn cứ" line of the report. A document that concerns some units only (Decision 4740 on the
 * digital level of universities) names the {@code indicators} it backs, and is cited only for a unit
 * one of them applies to; {@code indicators} empty means every unit.
 */
public record LegalBasis(String text, Set<String> indicators) {
  public LegalBasis {
    indicators = Set.copyOf(indicators);
  }

  public static LegalBasis always(String text) {
    return new LegalBasis(text, Set.of());
  }
}
