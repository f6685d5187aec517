package vn.dvht.eval;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;
import vn.dvht.model.UnitProfile;

/**
 * Member rows folded as they are read — counted per population, and given a verdict on every share
 * indicator that applies to the unit — so evaluation needs no list of members.
 *
 * <pre>{@code
 * Tally tally = new Evaluator().tally(ruleset, profile, Evaluator.GAP_LIMIT);
 * rows.forEach(tally);                                  // a million of them
 * EvaluationResult result = new Evaluator().evaluate(ruleset, unit, tally);
 * }</pre>
 */
public final class Tally implements Consumer<Member>, VerdictLookup {
  final Map<String, ShareTally> shares = new LinkedHashMap<>();
  private final ShareTally[] byNumber;
  final Map<String, Long> populations = new LinkedHashMap<>();
  private int members;

  Tally(Ruleset ruleset, UnitProfile profile, int gapLimit) {
    ruleset.populations().forEach(p -> populations.put(p.id(), 0L));
    for (Indicator indicator : ruleset.sharesFor(profile)) {
      shares.put(indicator.id(), new ShareTally(ruleset, indicator, gapLimit));
    }
    byNumber = shares.values().toArray(ShareTally[]::new);
  }

  /** The verdict of a member already folded, on share indicator number {@code indicator} (as in {@link Verdicts}). */
  @Override
  public Verdicts.Verdict of(int indicator, int member) {
    if (member < 0 || member >= members) {
      throw new IndexOutOfBoundsException("member " + member + " of " + members);
    }
    return Verdicts.of(byNumber[indicator].counted(), byNumber[indicator].passed(), member);
  }

  /** How many people of a population have been folded so far. */
  public long count(String population) {
    return populations.getOrDefault(population, 0L);
  }

  /** How many members have been folded so far. */
  public int members() {
    return members;
  }

  @Override
  public void accept(Member member) {
    if (members == Integer.MAX_VALUE) {
      throw new IllegalStateException("more than " + Integer.MAX_VALUE + " members");
    }
    int index = members++;
    populations.merge(member.population(), 1L, Long::sum);
    for (ShareTally tally : shares.values()) {
      tally.add(index, member);
    }
  }

  Verdicts verdicts() {
    List<ShareTally> tallies = List.copyOf(shares.values());
    return new Verdicts(tallies.stream().map(ShareTally::indicator).toList(),
        tallies.stream().map(ShareTally::counted).toArray(BitSet[]::new),
        tallies.stream().map(ShareTally::passed).toArray(BitSet[]::new), members);
  }
}
