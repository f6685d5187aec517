package vn.dvht.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.LevelDecision;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.model.Level;

/**
 * The words every output says the level decision in, read from the result's {@link LevelDecision}: the
 * verdict ("Đơn vị đạt Mức độ 2."), why a level met on its own does not count or cannot be asked for, and
 * each level's standing in its heading — so that no output names a level the verdict does not.
 */
final class LevelWords {
  private LevelWords() {}

  /**
   * "Đơn vị đạt Mức độ 2." or "Đơn vị chưa đạt mức độ nào.", then why a level whose indicators are all
   * met does not count (a lower level not reached) or cannot be asked for now (a procedure): the
   * sentence every output concludes with, read from the result's {@link LevelDecision}.
   */
  static String verdict(Wording words, EvaluationResult result) {
    String verdict;
    if (result.scorecard() instanceof Scorecard.Scored scored) {
      verdict = words.get("verdict.scored", scored.grade().label(), Phrases.points(words, scored.points()),
          Phrases.plain(words, scored.total()));
    } else {
      LevelDecision decision = result.decision();
      verdict = decision.reached()
          .map(l -> words.get("verdict.reached", l.label()) + eligibility(words, decision, l))
          .orElse(words.get("verdict.none")) + notCounted(words, decision);
    }
    return result.plan()
        .map(p -> verdict + " " + words.get("verdict.plan", p.level().label(),
            words.get(p.criteriaMet() ? "verdict.planMet" : "verdict.planNotMet")))
        .orElse(verdict);
  }

  /** " Chưa đủ điều kiện thủ tục …" when a procedure keeps the unit from requesting the level it reached. */
  private static String eligibility(Wording words, LevelDecision decision, Level reached) {
    var requestable = decision.requestable();
    if (requestable.isPresent() && requestable.get().equals(reached)) {
      return "";
    }
    return " " + requestable.map(l -> words.get("verdict.eligibleLower", reached.label(), l.label()))
        .orElse(words.get("verdict.eligibleNone", reached.label()));
  }

  /**
   * " Mức độ 2, Mức độ 3 đạt đủ các chỉ tiêu riêng của mức nhưng không được tính vì đơn vị chưa đạt Mức độ
   * 1 …": the levels met on their own criteria only, grouped by the lower level they lack.
   */
  private static String notCounted(Wording words, LevelDecision decision) {
    Map<Level, List<String>> byLower = new LinkedHashMap<>();
    for (LevelDecision.Standing s : decision.held()) {
      if (s.hold() instanceof LevelDecision.LowerLevelNotReached lower) {
        byLower.computeIfAbsent(lower.lower(), l -> new ArrayList<>()).add(s.level().label());
      }
    }
    StringBuilder out = new StringBuilder();
    byLower.forEach((lower, held) -> out.append(' ')
        .append(words.get("verdict.notCounted", String.join(", ", held), lower.label())));
    return out.toString();
  }

  /**
   * A level's result as its table's heading and the level rows say it: "Đạt", "Không đạt", or "Đạt các
   * chỉ tiêu, không được tính (chưa đạt Mức độ 1)" — from the decision, so no heading says a level is
   * reached that the verdict does not announce. A plan level is met or not on its own.
   */
  static String standing(Wording words, EvaluationResult result, LevelResult level) {
    return notCountedFor(result, level).map(lower -> words.get("md.levelNotCounted", lower.label()))
        .orElseGet(() -> words.get(levelReached(result, level) ? "md.levelReached" : "md.levelNotReached"));
  }

  /** The lower level not reached, when this level's own indicators are all met but it does not count. */
  static Optional<Level> notCountedFor(EvaluationResult result, LevelResult level) {
    return result.decision().standing(level.level())
        .filter(s -> s.criteriaMet() && s.hold() instanceof LevelDecision.LowerLevelNotReached)
        .map(s -> ((LevelDecision.LowerLevelNotReached) s.hold()).lower());
  }

  /** Whether the decision counts the level as reached (a plan level: whether its targets are all met). */
  static boolean levelReached(EvaluationResult result, LevelResult level) {
    return result.decision().standing(level.level()).map(LevelDecision.Standing::reached)
        .orElse(level.criteriaMet());
  }
}
