package vn.dvht.office;

import java.util.List;
import java.util.Optional;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.eval.Status;
import vn.dvht.model.Answer;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;
import vn.dvht.model.UnitProfile;

/**
 * The one place the office reads a unit's evaluation: the level reached and the level it may request,
 * both the evaluator's one decision ({@link vn.dvht.eval.LevelDecision}), each indicator's status with its
 * figures and why it is not met ("không đạt — thiếu minh chứng", Điều 9, 15 khoản 3, included), and the
 * procedure that holds a level back.
 *
 * <pre>{@code
 * LevelDecision decision = LevelDecision.of(result);
 * decision.requestable();                   // Optional[Mức độ 1]
 * decision.unmet(level2);                   // the lines a refusal letter names
 * }</pre>
 */
public final class LevelDecision {
  private final EvaluationResult result;

  private LevelDecision(EvaluationResult result) {
    this.result = result;
  }

  public static LevelDecision of(EvaluationResult result) {
    return new LevelDecision(result);
  }

  /** The highest level whose criteria (and those of every level below) are met. */
  public Optional<Level> reached() {
    return result.decision().reached();
  }

  /** The highest level the unit may ask for now: reached, and no procedure of it or below it found unmet. */
  public Optional<Level> requestable() {
    return result.decision().requestable();
  }

  public Ruleset ruleset() {
    return result.ruleset();
  }

  public UnitProfile profile() {
    return result.unit().profile();
  }

  public EvaluationResult result() {
    return result;
  }

  /** The recognition levels, lowest first. */
  public List<Level> levels() {
    return result.levels().stream().map(LevelResult::level).filter(l -> !l.plan())
        .sorted(java.util.Comparator.comparingInt(Level::rank)).toList();
  }

  /** Every indicator's line at {@code level}, in the ruleset's order. */
  public List<Line> lines(Level level) {
    return result.levels().stream().filter(l -> l.level().equals(level)).findFirst()
        .map(l -> l.indicators().stream().map(r -> line(level, r)).toList()).orElse(List.of());
  }

  /**
   * The lines that keep {@code level} from being reached: its own not met, or — when they are all met but
   * a lower level is not reached, so the level does not count — those of that lower level.
   */
  public List<Line> unmet(Level level) {
    List<Line> own = lines(level).stream().filter(l -> l.status() == Status.NOT_MET).toList();
    if (!own.isEmpty()) {
      return own;
    }
    return result.decision().standing(level).map(vn.dvht.eval.LevelDecision.Standing::hold)
        .filter(h -> h instanceof vn.dvht.eval.LevelDecision.LowerLevelNotReached)
        .map(h -> unmet(((vn.dvht.eval.LevelDecision.LowerLevelNotReached) h).lower())).orElse(List.of());
  }

  /** The lines of {@code level} met by the unit's own word with no evidence written beside it. */
  public List<Line> metWithoutEvidence(Level level) {
    return lines(level).stream().filter(l -> l.status() == Status.MET && l.evidenceExpected()
        && l.evidence().isBlank()).toList();
  }

  /**
   * The procedure that holds {@code level}, reached, back (the 12 months since the level-1 decision, for
   * level 2 and any level above it), as the evaluator decided.
   */
  public Optional<ProcedureResult.Checked> waiting(Level level) {
    return result.decision().standing(level).map(vn.dvht.eval.LevelDecision.Standing::hold)
        .filter(h -> h instanceof vn.dvht.eval.LevelDecision.ProcedureNotMet)
        .map(h -> ((vn.dvht.eval.LevelDecision.ProcedureNotMet) h).procedure().check())
        .filter(c -> c instanceof ProcedureResult.Checked).map(c -> (ProcedureResult.Checked) c);
  }

  private static Line line(Level level, IndicatorResult row) {
    return new Line(level, row, row.status(), cause(row));
  }

  private static Cause cause(IndicatorResult row) {
    Outcome o = row.outcome();
    if (row.status() == Status.NOT_APPLICABLE) {
      return Cause.NOT_APPLICABLE;
    }
    if (row.status() == Status.MET) {
      return Cause.MET;
    }
    return o.accept(new Outcome.Cases<Cause>() {
      @Override
      public Cause notApplicable(Outcome.NotApplicable none) {
        return Cause.NOT_APPLICABLE;
      }

      @Override
      public Cause share(Outcome.Share s) {
        return s.emptyPopulation() ? Cause.EMPTY_POPULATION : Cause.SHARE_SHORT;
      }

      @Override
      public Cause fact(Outcome.Fact f) {
        return !f.given() ? Cause.NOT_GIVEN : f.missingEvidence() && f.answered() ? Cause.NO_EVIDENCE : Cause.ANSWER_NO;
      }

      @Override
      public Cause rank(Outcome.Rank r) {
        boolean high = r.answer() instanceof Answer.Rank rank && rank.rank() >= r.requiredRank();
        return !r.given() ? Cause.NOT_GIVEN : !high ? Cause.RANK_BELOW : Cause.NO_EVIDENCE;
      }
    });
  }


  /** Why an indicator is not met, or that it is met or does not apply. */
  public enum Cause {
    MET, NOT_APPLICABLE,
    /** Fewer people than the threshold asks. */
    SHARE_SHORT,
    /** Nobody of the population was listed. */
    EMPTY_POPULATION,
    /** The unit answered no (or a self-assessed score short of full points). */
    ANSWER_NO,
    /** The unit gave no answer. */
    NOT_GIVEN,
    /** A step of the scale below the one asked (a collective title, a digital level). */
    RANK_BELOW,
    /** The unit said yes (or named the rank asked) with an empty "Minh chứng" (Điều 9, 15 khoản 3). */
    NO_EVIDENCE
  }

  /** One indicator at one level: its status, its cause, and the outcome with the figures. */
  public record Line(Level level, IndicatorResult row, Status status, Cause cause) {
    public Outcome outcome() {
      return row.outcome();
    }

    public String id() {
      return row.indicator().id();
    }

    /** Whether the indicator rests on the unit's word and its evidence (a fact or a rank). */
    public boolean evidenceExpected() {
      return outcome() instanceof Outcome.Fact || outcome() instanceof Outcome.Rank;
    }

    public String evidence() {
      if (outcome() instanceof Outcome.Fact f) {
        return f.evidence();
      }
      return outcome() instanceof Outcome.Rank r ? r.evidence() : "";
    }
  }
}
