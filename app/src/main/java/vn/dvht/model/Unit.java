package vn.dvht.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit as read from its files: profile, unit-level facts keyed by indicator or fact id, and
 * the member rows.
 */
public record Unit(UnitProfile profile, Map<String, FactAnswer> facts, List<Member> members) {
  public Unit {
    facts = Map.copyOf(facts);
    members = List.copyOf(members);
  }

  public Optional<FactAnswer> fact(String key) {
    return Optional.ofNullable(facts.get(key));
  }
}
