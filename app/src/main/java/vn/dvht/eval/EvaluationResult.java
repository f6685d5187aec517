package vn.dvht.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Unit;

/**
 * Everything the evaluator found for one unit: each level's outcomes, every member's verdict on each
 * share indicator ({@code verdicts}), the failing members named for the gap lists ({@code gaps},
 * one per share indicator, in the order of {@code verdicts.indicators()}), and the one
 * {@link LevelDecision} every output reads the level reached and the level asked for from.
 */
public record EvaluationResult(
    Ruleset ruleset,
    Unit unit,
    List<LevelResult> levels,
    List<MemberGap> gaps,
    Verdicts verdicts,
    List<ProcedureResult> procedures,
    Scorecard scorecard,
    Map<String, Long> populationCounts,
    LevelDecision decision) {

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

  /** The result of the unit's own plan targets, when the ruleset has a {@code plan:}. */
  public Optional<LevelResult> plan() {
    return levels.stream().filter(l -> l.level().plan()).findFirst();
  }
}
