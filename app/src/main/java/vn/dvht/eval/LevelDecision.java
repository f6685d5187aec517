package vn.dvht.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dvht.model.Level;

/**
 * The one decision on levels, made once by the {@link Evaluator} and read by every output: the level
 * reached, the level the unit may ask for now, and for each recognition level (lowest first) why it is
 * not counted or not asked for although its own indicators are all met.
 *
 * <p>dvht's reading (Điều 8, 14 read with Điều 5, 11 khoản 3 and Điều 2 khoản 11 of Thông tư
 * 24/2023/TT-BGDĐT): a level counts only when every level below it is reached too — mức độ 2 is a
 * raise from mức độ 1 — so a unit meeting only mức độ 2's indicators reaches no level. A level reached
 * may still not be asked for when a procedure of that level, or of a level below it, is checked and not
 * met (12 months since the level-1 decision); a procedure the unit gave no date for holds nothing back.
 *
 * <pre>{@code
 * LevelDecision d = result.decision();
 * d.reached();       // Optional[Mức độ 1]: the level the console announces
 * d.requestable();   // what the Tờ trình asks for, never above reached()
 * d.held();          // [Standing[Mức độ 2, criteriaMet=true, hold=LowerLevelNotReached[Mức độ 1]]]
 * }</pre>
 */
public record LevelDecision(List<Standing> standings) {

  public LevelDecision {
    standings = List.copyOf(standings);
  }

  /** No recognition level: a scoring ruleset (Thông tư 22/2020), graded instead. */
  public static final LevelDecision NONE = new LevelDecision(List.of());

  /** Why a level whose own indicators are all met is not reached, or not asked for. */
  public sealed interface Hold {}

  /** Nothing holds the level back (or its own indicators are not all met). */
  public record Free() implements Hold {}

  /** Its own indicators are met, but {@code lower} is not reached: the level does not count. */
  public record LowerLevelNotReached(Level lower) implements Hold {}

  /**
   * Reached, but {@code procedure} — of this level or of a lower one — was checked and is not met: it
   * cannot be asked for now.
   */
  public record ProcedureNotMet(ProcedureResult procedure) implements Hold {}

  /** One recognition level: whether its own applicable indicators are all met, and what holds it back. */
  public record Standing(Level level, boolean criteriaMet, Hold hold) {
    /** The level counts: its indicators are met and every lower level is reached. */
    public boolean reached() {
      return criteriaMet && !(hold instanceof LowerLevelNotReached);
    }

    /** The unit may ask for this level now. */
    public boolean requestable() {
      return reached() && hold instanceof Free;
    }
  }

  /**
   * Decides from each level's indicators and the procedures checked; plan levels are not recognition
   * levels. A procedure held unmet holds its level and every level above it: a third level a province
   * adds cannot be asked for while the 12-month rule keeps level 2 back.
   */
  static LevelDecision of(List<LevelResult> levels, List<ProcedureResult> procedures) {
    List<Standing> standings = new ArrayList<>();
    Optional<Level> firstMissed = Optional.empty();
    Optional<ProcedureResult> holding = Optional.empty();
    for (LevelResult level : levels.stream().filter(l -> !l.level().plan())
        .sorted(Comparator.comparingInt(l -> l.level().rank())).toList()) {
      boolean met = level.criteriaMet();
      holding = holding.or(() -> procedures.stream().filter(p -> blocks(p, level.level())).findFirst());
      Hold hold = new Free();
      if (met && firstMissed.isPresent()) {
        hold = new LowerLevelNotReached(firstMissed.get());
      } else if (met && holding.isPresent()) {
        hold = new ProcedureNotMet(holding.get());
      }
      standings.add(new Standing(level.level(), met, hold));
      if (!met && firstMissed.isEmpty()) {
        firstMissed = Optional.of(level.level());
      }
    }
    return new LevelDecision(standings);
  }

  private static boolean blocks(ProcedureResult procedure, Level level) {
    String scope = procedure.procedure().level();
    return (scope.isEmpty() || scope.equals(level.id()))
        && procedure.check() instanceof ProcedureResult.Checked checked && !checked.satisfied();
  }

  /** The highest level reached: its indicators met, and every level below it reached. */
  public Optional<Level> reached() {
    return standings.stream().filter(Standing::reached).map(Standing::level).reduce((a, b) -> b);
  }

  /** The highest level the unit may ask for now: reached, and no procedure of it checked and unmet. */
  public Optional<Level> requestable() {
    return standings.stream().filter(Standing::requestable).map(Standing::level).reduce((a, b) -> b);
  }

  /** Whether the level reached is {@code level} or above it. */
  public boolean reachedAtLeast(Level level) {
    return reached().map(l -> l.rank() >= level.rank()).orElse(false);
  }

  /** The standing of a recognition level; empty for a plan level or a level of another ruleset. */
  public Optional<Standing> standing(Level level) {
    return standings.stream().filter(s -> s.level().equals(level)).findFirst();
  }

  /** The levels whose own indicators are met but that are not reached or cannot be asked for, lowest first. */
  public List<Standing> held() {
    return standings.stream().filter(s -> s.criteriaMet() && !(s.hold() instanceof Free)).toList();
  }
}
