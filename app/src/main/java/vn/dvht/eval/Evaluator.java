package vn.dvht.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.model.Answer;
import vn.dvht.model.Deadline;
import vn.dvht.model.FactAnswer;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.Procedure;
import vn.dvht.model.Requirement;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Target;
import vn.dvht.model.Unit;
import vn.dvht.model.UnitProfile;

/**
 * Evaluates a unit against a ruleset. Pure and deterministic: no I/O, no clock, and exact
 * arithmetic — a share of k people out of n meets p % when {@code k × 100 ≥ p × n}.
 *
 * <pre>{@code
 * EvaluationResult result = new Evaluator().evaluate(ruleset, unit);
 * result.decision().reached().map(Level::label);      // Optional[Mức độ 1]
 * result.decision().requestable().map(Level::label);  // what the Tờ trình asks for
 * }</pre>
 *
 * <p>An indicator that does not apply to the unit's type, or has no target for its authority at
 * a level, is "Không áp dụng" there. One that applies but whose population is empty is not met.
 * Procedural conditions never change a level's verdict, only whether it may be asked for now; the
 * level reached and the level asked for are decided once, in {@link LevelDecision}. A scoring
 * ruleset (Thông tư 22/2020) is scored at its level into points and a grade; see {@link Scorer}.
 */
public final class Evaluator {
  /** A ruleset that names no dossier deadline: before this day of the next year ("trước ngày 15 tháng 1"). */
  static final MonthDay DOSSIER_DEADLINE = MonthDay.of(1, 15);
  /** A scoring ruleset that names none: within the first quarter of the next year, so before 1 April. */
  static final MonthDay SCORED_REPORT_DEADLINE = MonthDay.of(4, 1);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The last day to file the dossier of this unit's assessment year: the day before the ruleset's
   * {@code deadlines} entry {@link Deadline#DOSSIER} for the unit's authority ("trước ngày 15 tháng 1": 14
   * January under TT 24; 31 March under TT 22, whose entry names 1 April).
   */
  public static LocalDate dossierDeadline(Ruleset ruleset, UnitProfile unit) {
    return ruleset.deadline(Deadline.DOSSIER, unit.authority())
        .orElse(ruleset.isScored() ? SCORED_REPORT_DEADLINE : DOSSIER_DEADLINE).atYear(unit.year() + 1).minusDays(1);
  }

  /**
   * The first day a unit may ask for a level {@code months} after a decision of {@code decided}: "sau ít nhất 1
   * năm (12 tháng) kể từ ngày ra quyết định" (Điều 5, 11 khoản 3), the months counted as Bộ luật Dân sự 2015
   * Điều 147–148 counts a period — from the day after the decision, ending with the day of the same number
   * (the month's last day when it has none) — so the day after that.
   */
  public static LocalDate earliest(LocalDate decided, int months) {
    return decided.plusMonths(months).plusDays(1);
  }

  /**
   * Failing members named per indicator in the gap lists (who needs what); every member's verdict is
   * kept in {@link Verdicts} and every one is counted, so no figure depends on this.
   */
  public static final int GAP_LIMIT = 10_000;

  /** Evaluates a unit whose members are all in {@code unit.members()}. */
  public EvaluationResult evaluate(Ruleset ruleset, Unit unit) {
    Tally tally = tally(ruleset, unit.profile(), Integer.MAX_VALUE);
    unit.members().forEach(tally);
    return evaluate(ruleset, unit, tally);
  }

  /** A fold for members streamed as they are read; pass it to {@link #evaluate(Ruleset, Unit, Tally)}. */
  public Tally tally(Ruleset ruleset, UnitProfile profile, int gapLimit) {
    return new Tally(ruleset, profile, gapLimit);
  }

  /** Evaluates a unit whose members were folded into {@code tally}; {@code unit.members()} is not read. */
  public EvaluationResult evaluate(Ruleset ruleset, Unit unit, Tally tally) {
    Map<String, ShareTally> tallies = tally.shares;
    List<LevelResult> levels = new ArrayList<>();
    for (Level level : ruleset.levels()) {
      List<IndicatorResult> results = new ArrayList<>();
      for (Indicator indicator : ruleset.indicators()) {
        results.add(new IndicatorResult(indicator.forUnit(unit.profile(), level.id()),
            judge(ruleset, indicator, level, unit, tallies)));
      }
      levels.add(new LevelResult(level, results));
    }
    List<MemberGap> gaps = tallies.values().stream().map(ShareTally::gap).toList();
    Verdicts verdicts = tally.verdicts();
    List<ProcedureResult> procedures = ruleset.procedures().stream().map(p -> check(ruleset, p, unit)).toList();
    Scorecard scorecard = Scorer.score(ruleset,
        levels.stream().filter(l -> !l.level().plan()).findFirst().orElse(levels.get(0)));
    LevelDecision decision = scorecard instanceof Scorecard.Scored ? LevelDecision.NONE
        : LevelDecision.of(levels, procedures);
    return new EvaluationResult(ruleset, unit, levels, gaps, verdicts, procedures, scorecard,
        tally.populations, decision);
  }

  private static Outcome judge(Ruleset ruleset, Indicator indicator, Level level, Unit unit,
      Map<String, ShareTally> tallies) {
    Optional<Target> found = ruleset.target(indicator, unit.profile(), level);
    if (found.isEmpty()) {
      return new Outcome.NotApplicable();
    }
    Target target = found.get();
    Optional<FactAnswer> fact = unit.fact(indicator.id());
    Answer answer = fact.map(FactAnswer::answer).orElse(Answer.BLANK);
    String evidence = fact.map(FactAnswer::evidence).orElse("");
    return indicator.measure().accept(new Measure.Cases<Outcome>() {
      @Override
      public Outcome share(Measure.Share share) {
        ShareTally tally = tallies.get(indicator.id());
        BigDecimal threshold = ((Requirement.MinPercent) target.requirement()).percent();
        return Evaluator.share(target, threshold, tally.passed().cardinality(), tally.counted().cardinality());
      }

      @Override
      public Outcome unitFact(Measure.UnitFact fact) {
        return new Outcome.Fact(target, answer, evidence, indicator.points(), ruleset.evidence().required());
      }

      @Override
      public Outcome unitRank(Measure.UnitRank rank) {
        String item = ((Requirement.MinRank) target.requirement()).item();
        return new Outcome.Rank(target, item, ruleset.scale(rank.scale()).rank(item), answer, evidence,
            ruleset.evidence().required());
      }
    });
  }

  /** Exact share outcome: met iff {@code k × 100 ≥ p × n} with {@code n > 0}. */
  static Outcome.Share share(Target target, BigDecimal threshold, long numerator, long denominator) {
    BigDecimal needed = threshold.multiply(BigDecimal.valueOf(denominator)).divide(HUNDRED, 0, RoundingMode.CEILING);
    long shortfall = Math.max(0, needed.longValueExact() - numerator);
    return new Outcome.Share(target, threshold, numerator, denominator, shortfall);
  }

  private static ProcedureResult check(Ruleset ruleset, Procedure procedure, Unit unit) {
    Optional<FactAnswer> fact = unit.fact(procedure.dateFact());
    if (fact.isPresent() && fact.get().answer() instanceof Answer.Date date) {
      LocalDate earliest = earliest(date.value(), procedure.minMonths());
      LocalDate deadline = dossierDeadline(ruleset, unit.profile());
      return new ProcedureResult(procedure, new ProcedureResult.Checked(date.value(), earliest, deadline));
    }
    return new ProcedureResult(procedure, new ProcedureResult.Unchecked());
  }
}
