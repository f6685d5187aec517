package vn.dvht.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator (chỉ tiêu): what is measured, which unit types (and, when {@code ownerships} is not
 * empty, which ownerships) it applies to, and one target per (authority, level) pair where it counts.
 * No target for a pair means "Không áp dụng" there. {@code clauses} are sentences of the text that
 * concern some units only. In a scoring ruleset it is worth {@code points}, earned below the target as
 * {@code credit} says; elsewhere {@code points} is zero.
 */
public record Indicator(
    String id,
    String criterionId,
    String shortText,
    String text,
    Measure measure,
    Set<String> unitTypes,
    Set<String> ownerships,
    List<Target> targets,
    List<Clause> clauses,
    String note,
    BigDecimal points,
    Credit credit) {

  public Indicator {
    unitTypes = Set.copyOf(unitTypes);
    ownerships = Set.copyOf(ownerships);
    targets = List.copyOf(targets);
    clauses = List.copyOf(clauses);
  }

  /**
   * Whether the indicator concerns a unit of this type and ownership at all. A unit whose type has no
   * ownership to tell ("" — a state agency, a Party agency) is never ruled out by ownership.
   */
  public boolean concerns(UnitProfile unit) {
    return unitTypes.contains(unit.unitType()) && Clause.ownedBy(ownerships, unit);
  }

  /** The target that applies to this unit (authority, type, ownership) at this level, if any. */
  public Optional<Target> targetFor(UnitProfile unit, String level) {
    if (!concerns(unit)) {
      return Optional.empty();
    }
    return targets.stream()
        .filter(t -> t.level().equals(level) && t.authorities().contains(unit.authority()))
        .findFirst();
  }

  /** The text as this unit reads it: the sentences for everyone, then the clauses that concern it. */
  public String textFor(UnitProfile unit) {
    StringBuilder out = new StringBuilder(text);
    for (Clause clause : clauses) {
      if (clause.concerns(unit)) {
        out.append(' ').append(clause.text());
      }
    }
    return out.toString();
  }

  /** This indicator worded for one unit: its text with the clauses that concern the unit, no others. */
  public Indicator forUnit(UnitProfile unit) {
    if (clauses.isEmpty()) {
      return this;
    }
    return new Indicator(id, criterionId, shortText, textFor(unit), measure, unitTypes, ownerships, targets,
        List.of(), note, points, credit);
  }
}
