package vn.dvht.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Unit;

/**
 * Everything the evaluator found for one unit: each level's outcomes, every member's verdict on each
 * share indicator ({@code verdicts}), and the failing members named for the gap lists ({@code gaps},
 * one per share indicator, in the order of {@code verdicts.indicators()}).
 */
public record EvaluationResult(
    Ruleset ruleset,
    Unit unit,
    List<LevelResult> levels,
    List<MemberGap> gaps,
    Verdicts verdicts,
    List<ProcedureResult> procedures,
    Scorecard scorecard,
    Map<String, Long> populationCounts) {

  public EvaluationResult {
    levels = List.copyOf(levels);
    gaps = List.copyOf(gaps);
    procedures = List.copyOf(procedures);
    populationCounts = Map.copyOf(populationCounts);
  }

  /** How many people of a population the unit listed (all of them, even when not all are kept). */
  public long count(String population) {
    return populationCounts.getOrDefault(population, 0L);
  }

  /**
   * The highest level reached with every level below it: a level counts only when its applicable
   * indicators are all met and every lower level is reached too (level 2 builds on level 1, so a
   * ruleset asking less at level 2 cannot skip level 1). Always empty for a scoring ruleset.
   */
  public Optional<Level> reached() {
    if (scorecard instanceof Scorecard.Scored) {
      return Optional.empty();
    }
    Optional<Level> highest = Optional.empty();
    for (LevelResult level : levels.stream().filter(l -> !l.level().plan())
        .sorted(Comparator.comparingInt(l -> l.level().rank())).toList()) {
      if (!level.reached()) {
        break;
      }
      highest = Optional.of(level.level());
    }
    return highest;
  }

  /**
   * The highest level the unit may request now: reached by the criteria, and no procedure of that
   * level checked and found unmet (12 months since the level-1 decision, …). A procedure the unit
   * gave no date for does not hold it back; it is reported as a reminder. Differs from
   * {@link #reached()} only when a procedure rules the higher level out.
   */
  public Optional<Level> eligible() {
    if (scorecard instanceof Scorecard.Scored) {
      return Optional.empty();
    }
    return levels.stream().filter(l -> !l.level().plan()).filter(LevelResult::reached).map(LevelResult::level)
        .filter(l -> procedures.stream().noneMatch(p -> blocks(p, l)))
        .max(Comparator.comparingInt(Level::rank));
  }

  private static boolean blocks(ProcedureResult procedure, Level level) {
    String scope = procedure.procedure().level();
    return (scope.isEmpty() || scope.equals(level.id()))
        && procedure.check() instanceof ProcedureResult.Checked checked && !checked.satisfied();
  }

  /** The result of the unit's own plan targets, when the ruleset has a {@code plan:}. */
  public Optional<LevelResult> plan() {
    return levels.stream().filter(l -> l.level().plan()).findFirst();
  }

  public boolean reachedAtLeast(Level level) {
    return reached().map(l -> l.rank() >= level.rank()).orElse(false);
  }
}
