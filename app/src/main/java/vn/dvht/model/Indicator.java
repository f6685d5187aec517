package vn.dvht.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator (chỉ tiêu): what is measured, which unit types (and, when {@code ownerships} is not
 * empty, which ownerships) it applies to, and one target per (authority, level) pair where it counts.
 * No target for a pair means "Không áp dụng" there; a target may narrow the units further (its
 * {@link Scope}). {@code clauses} are sentences of the text that concern some units only.
 * {@code readings} are the unit types it applies to only by dvht's reading of the law, with the reason.
 * In a scoring ruleset it is worth {@code points}, earned below the target as {@code credit} says;
 * elsewhere {@code points} is zero.
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
    Credit credit,
    Map<String, String> readings) {

  public Indicator {
    unitTypes = Set.copyOf(unitTypes);
    ownerships = Set.copyOf(ownerships);
    targets = List.copyOf(targets);
    clauses = List.copyOf(clauses);
    readings = Map.copyOf(readings);
  }

  /** An indicator none of whose unit types is a reading. */
  public Indicator(String id, String criterionId, String shortText, String text, Measure measure,
      Set<String> unitTypes, Set<String> ownerships, List<Target> targets, List<Clause> clauses, String note,
      BigDecimal points, Credit credit) {
    this(id, criterionId, shortText, text, measure, unitTypes, ownerships, targets, clauses, note, points, credit,
        Map.of());
  }

  /**
   * Whether the indicator concerns a unit of this type and ownership at all. A unit whose type has no
   * ownership to tell ("" — a state agency, a Party agency) is never ruled out by ownership.
   */
  public boolean concerns(UnitProfile unit) {
    return unitTypes.contains(unit.unitType()) && Clause.ownedBy(ownerships, unit);
  }

  /**
   * The target that applies to this unit (authority, type, ownership) at this level, if any, as the
   * ruleset states it; {@code Ruleset.target} adds what dvht's readings make of it.
   */
  public Optional<Target> targetFor(UnitProfile unit, String level) {
    if (!concerns(unit)) {
      return Optional.empty();
    }
    return targets.stream()
        .filter(t -> t.level().equals(level) && t.authorities().contains(unit.authority()) && t.scope().concerns(unit))
        .findFirst();
  }

  /** Why the indicator concerns this unit's type, when only dvht's reading of the law brings it in. */
  public Optional<String> reading(UnitProfile unit) {
    return Optional.ofNullable(readings.get(unit.unitType()));
  }

  /** The text as this unit reads it: the sentences for everyone, then the clauses that concern it. */
  public String textFor(UnitProfile unit) {
    return wording(text, unit);
  }

  /** The text as this unit reads it at a level: that level's own wording if its target has one, then the clauses. */
  public String textFor(UnitProfile unit, String level) {
    return wording(targetFor(unit, level).map(Target::text).filter(t -> !t.isEmpty()).orElse(text), unit);
  }

  private String wording(String base, UnitProfile unit) {
    StringBuilder out = new StringBuilder(base);
    for (Clause clause : clauses) {
      if (clause.concerns(unit)) {
        out.append(' ').append(clause.text());
      }
    }
    return out.toString();
  }

  /** This indicator worded for one unit: its text with the clauses that concern the unit, no others. */
  public Indicator forUnit(UnitProfile unit) {
    return worded(textFor(unit));
  }

  /** This indicator worded for one unit at one level: the level's own wording, the clauses that concern the unit. */
  public Indicator forUnit(UnitProfile unit, String level) {
    return worded(textFor(unit, level));
  }

  private Indicator worded(String wording) {
    if (clauses.isEmpty() && wording.equals(text)) {
      return this;
    }
    return new Indicator(id, criterionId, shortText, wording, measure, unitTypes, ownerships, targets, List.of(), note,
        points, credit, readings);
  }
}
