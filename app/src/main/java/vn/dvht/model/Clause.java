package vn.dvht.model;

import java.util.Set;

/**
 * A sentence of an indicator that the circular addresses to some units only, such as TC1.CT2's
 * "Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập …": shown to a unit only
 * when its type, ownership and authority are among those named (an empty set names all).
 */
public record Clause(String text, Set<String> unitTypes, Set<String> ownerships, Set<String> authorities) {
  public Clause {
    unitTypes = Set.copyOf(unitTypes);
    ownerships = Set.copyOf(ownerships);
    authorities = Set.copyOf(authorities);
  }

  public boolean concerns(UnitProfile unit) {
    return (unitTypes.isEmpty() || unitTypes.contains(unit.unitType()))
        && ownedBy(ownerships, unit)
        && (authorities.isEmpty() || authorities.contains(unit.authority()));
  }

  /** Whether a unit passes an ownership restriction: none set, no ownership to tell, or one of those set. */
  static boolean ownedBy(Set<String> ownerships, UnitProfile unit) {
    return ownerships.isEmpty() || unit.ownership().isEmpty() || ownerships.contains(unit.ownership());
  }
}
