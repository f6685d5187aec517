package vn.dvht.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which units something concerns: unit types ({@code unitTypes}, empty for every type) and ownerships
 * ({@code ownerships}, empty for any). {@code readings} holds the unit types included only by dvht's
 * reading of the law (a unit group's {@code inferred} members), each with the reason: a target reached
 * that way is an inference for that unit, whatever its own confidence.
 */
public record Scope(Set<String> unitTypes, Set<String> ownerships, Map<String, String> readings) {
  /** No narrowing: every unit type, any ownership. */
  public static final Scope ANY = new Scope(Set.of(), Set.of(), Map.of());

  public Scope {
    unitTypes = Set.copyOf(unitTypes);
    ownerships = Set.copyOf(ownerships);
    readings = Map.copyOf(readings);
  }

  /** Whether a unit of this type and ownership is among those named. */
  public boolean concerns(UnitProfile unit) {
    return (unitTypes.isEmpty() || unitTypes.contains(unit.unitType())) && Clause.ownedBy(ownerships, unit);
  }

  /** Why this unit's type is included, when only dvht's reading of the law includes it. */
  public Optional<String> reading(UnitProfile unit) {
    return Optional.ofNullable(readings.get(unit.unitType()));
  }

  /** Whether it names any unit type or ownership, that is, narrows what it is applied to. */
  public boolean narrows() {
    return !unitTypes.isEmpty() || !ownerships.isEmpty();
  }
}
