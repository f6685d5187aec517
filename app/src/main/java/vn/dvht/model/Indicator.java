package vn.dvht.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator (chỉ tiêu): what is measured, which unit types it applies to, and one target per
 * (authority, level) pair where it counts. No target for a pair means "Không áp dụng" there. In a
 * scoring ruleset it is worth {@code points}, earned below the target as {@code credit} says; elsewhere
 * {@code points} is zero.
 */
public record Indicator(
    String id,
    String criterionId,
    String shortText,
    String text,
    Measure measure,
    Set<String> unitTypes,
    List<Target> targets,
    String note,
    BigDecimal points,
    Credit credit) {

  public Indicator {
    unitTypes = Set.copyOf(unitTypes);
    targets = List.copyOf(targets);
  }

  /** The target that applies to a unit of this authority and type at this level, if any. */
  public Optional<Target> targetFor(String authority, String unitType, String level) {
    if (!unitTypes.contains(unitType)) {
      return Optional.empty();
    }
    return targets.stream()
        .filter(t -> t.level().equals(level) && t.authorities().contains(authority))
        .findFirst();
  }
}
