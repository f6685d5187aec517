package vn.dvht.assess;

import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Message;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.input.TextKey;
import vn.dvht.model.Grade;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Scoring;

/**
 * Reads what {@code --fail-below} asks of a unit. Under a ruleset of levels (Thông tư 24/2023) it is a level, named
 * by id ("muc-1"), rank ("1") or label ("Mức độ 1"); under a scoring ruleset (Thông tư 22/2020), which recognises
 * no level, it is a grade, named by id ("kha") or label ("Khá"): the unit passes with that grade or a higher one.
 */
final class Levels {
  private Levels() {}

  /** What a unit must reach: a level, or a grade at least. */
  sealed interface Bar {
    /** Whether the unit evaluated in {@code result} reaches it. */
    boolean met(EvaluationResult result);
  }

  /** The level reached is this one or above it ({@code LevelDecision}'s decision). */
  record AtLeastLevel(Level level) implements Bar {
    @Override
    public boolean met(EvaluationResult result) {
      return result.decision().reachedAtLeast(level);
    }
  }

  /** The grade given is this one or a higher one: its minimum is at least this one's. */
  record AtLeastGrade(Grade grade) implements Bar {
    @Override
    public boolean met(EvaluationResult result) {
      return result.scorecard() instanceof Scorecard.Scored scored && scored.grade().min().compareTo(grade.min()) >= 0;
    }
  }

  /** The bar {@code text} names in {@code ruleset}; empty when it names none of its levels (or grades). */
  static Optional<Bar> parse(Ruleset ruleset, String text) {
    String wanted = text.strip();
    if (ruleset.scoring() instanceof Scoring.Points points) {
      return points.grades().stream().filter(g -> g.id().equalsIgnoreCase(wanted) || TextKey.same(g.label(), wanted))
          .findFirst().map(AtLeastGrade::new);
    }
    for (Level level : ruleset.levels()) {
      if (level.plan()) {
        continue;
      }
      if (level.id().equalsIgnoreCase(wanted) || String.valueOf(level.rank()).equals(wanted)
          || TextKey.same(level.label(), wanted)) {
        return Optional.of(new AtLeastLevel(level));
      }
    }
    return Optional.empty();
  }

  /** The Vietnamese (or English) message for a value none of {@code rulesets} has, with what each accepts. */
  static Message unknown(List<Ruleset> rulesets, String text) {
    if (rulesets.size() == 1 && rulesets.get(0).scoring() instanceof Scoring.Points) {
      Ruleset ruleset = rulesets.get(0);
      return Message.of("cli.unknownGrade", text, ruleset.info().id(), ruleset.info().circular(), describe(ruleset));
    }
    if (rulesets.size() == 1) {
      return Message.of("cli.unknownLevel", text, describe(rulesets.get(0)));
    }
    return Message.of("cli.unknownLevel", text, String.join("; ",
        rulesets.stream().map(r -> r.info().id() + ": " + describe(r)).toList()));
  }

  /** "muc-1 (Mức độ 1), muc-2 (Mức độ 2)", or a scoring ruleset's grades "tot (Tốt), kha (Khá), …". */
  static String describe(Ruleset ruleset) {
    if (ruleset.scoring() instanceof Scoring.Points points) {
      return String.join(", ", points.grades().stream().map(g -> g.id() + " (" + g.label() + ")").toList());
    }
    return String.join(", ", ruleset.levels().stream().filter(l -> !l.plan())
        .map(l -> l.id() + " (" + l.label() + ")").toList());
  }
}
