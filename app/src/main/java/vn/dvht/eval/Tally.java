package vn.dvht.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.UnitProfile;

/**
 * Member rows folded into counters as they are read — per population, and per share indicator
 * that applies to the unit — so evaluation needs no list of members.
 *
 * <pre>{@code
 * Tally tally = new Evaluator().tally(ruleset, profile, Evaluator.GAP_LIMIT);
 * rows.forEach(tally);                                  // a million of them
 * EvaluationResult result = new Evaluator().evaluate(ruleset, unit, tally);
 * }</pre>
 */
public final class Tally implements Consumer<Member> {
  final Map<String, ShareTally> shares = new LinkedHashMap<>();
  final Map<String, Long> populations = new LinkedHashMap<>();

  Tally(Ruleset ruleset, UnitProfile profile, int gapLimit) {
    ruleset.populations().forEach(p -> populations.put(p.id(), 0L));
    for (Indicator indicator : ruleset.indicators()) {
      if (indicator.measure() instanceof Measure.Share && Evaluator.appliesSomewhere(ruleset, indicator, profile)) {
        shares.put(indicator.id(), new ShareTally(ruleset, indicator, gapLimit));
      }
    }
  }

  /** How many people of a population have been folded so far. */
  public long count(String population) {
    return populations.getOrDefault(population, 0L);
  }

  @Override
  public void accept(Member member) {
    populations.merge(member.population(), 1L, Long::sum);
    for (ShareTally tally : shares.values()) {
      tally.add(member);
    }
  }
}
