package vn.dvht.ruleset;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.model.Authority;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.Requirement;
import vn.dvht.model.Scale;
import vn.dvht.model.Target;

/**
 * Warns (R030) where a higher recognition level asks less of an indicator than a lower one for the same
 * authority: a smaller share, a lower step of its scale, or no target at all. Legal — a level is reached
 * only with every level below it, so the lower level's bar still holds — but nearly always a typing
 * mistake or a target removed by accident. A target that only narrows the units it concerns (its own
 * {@code appliesTo}, as Điều 7 khoản 3 điểm c does) is not warned about: that is the law's own shape.
 */
final class LevelOrderCheck {
  private final Diagnostics diagnostics;
  private final List<Level> levels;
  private final List<Scale> scales;
  private final List<Authority> authorities;

  LevelOrderCheck(Diagnostics diagnostics, IndicatorReader.Context context) {
    this.diagnostics = diagnostics;
    this.levels = context.levels();
    this.scales = context.scales();
    this.authorities = context.authorities();
  }

  /** Checks one indicator's targets; {@code at} holds where each was read, in the same order. */
  void check(String id, Optional<Measure> measure, List<Target> targets, List<MapReader> at) {
    for (int i = 0; i < targets.size(); i++) {
      Target low = targets.get(i);
      if (rank(low.level()) == 0) {
        continue;
      }
      for (int j = 0; j < targets.size(); j++) {
        Target high = targets.get(j);
        if (rank(high.level()) > rank(low.level()) && high.authorities().stream().anyMatch(low.authorities()::contains)) {
          compareBars(id, measure, low, high, at.get(j));
        }
      }
      missingAbove(id, low, targets, at.get(i));
    }
  }

  private void compareBars(String id, Optional<Measure> measure, Target low, Target high, MapReader where) {
    if (low.requirement() instanceof Requirement.MinPercent lowBar
        && high.requirement() instanceof Requirement.MinPercent highBar
        && highBar.percent().compareTo(lowBar.percent()) < 0) {
      diagnostics.warning("R030", where.positionOf("min"), Message.of("ruleset.levelAsksLess", id,
          label(high.level()), highBar.percent().toPlainString(), lowBar.percent().toPlainString(), label(low.level())));
    }
    Optional<Scale> scale = measure.filter(Measure.UnitRank.class::isInstance)
        .flatMap(m -> scales.stream().filter(s -> s.id().equals(((Measure.UnitRank) m).scale())).findFirst());
    if (scale.isPresent() && low.requirement() instanceof Requirement.MinRank lowBar
        && high.requirement() instanceof Requirement.MinRank highBar
        && known(scale.get(), lowBar.item()) && known(scale.get(), highBar.item())
        && scale.get().rank(highBar.item()) < scale.get().rank(lowBar.item())) {
      diagnostics.warning("R030", where.positionOf("atLeast"), Message.of("ruleset.levelRanksLower", id,
          label(high.level()), scale.get().item(highBar.item()).label(), scale.get().item(lowBar.item()).label(),
          label(low.level())));
    }
  }

  /** Warns when a higher level has no target for an authority the lower level's target names. */
  private void missingAbove(String id, Target low, List<Target> targets, MapReader where) {
    for (Level level : levels) {
      if (level.plan() || level.rank() <= rank(low.level())) {
        continue;
      }
      Set<String> missing = new LinkedHashSet<>(low.authorities());
      targets.stream().filter(t -> t.level().equals(level.id())).forEach(t -> missing.removeAll(t.authorities()));
      if (!missing.isEmpty()) {
        diagnostics.warning("R030", where.positionOf("level"), Message.of("ruleset.levelDropsTarget", id,
            label(low.level()), String.join(", ", missing.stream().map(this::authority).toList()), level.label()));
      }
    }
  }

  private String authority(String id) {
    return authorities.stream().filter(a -> a.id().equals(id)).map(Authority::label).findFirst().orElse(id);
  }

  private static boolean known(Scale scale, String item) {
    return scale.items().stream().anyMatch(i -> i.id().equals(item));
  }

  /** A recognition level's rank; 0 for a plan level or an unknown id. */
  private int rank(String level) {
    return levels.stream().filter(l -> l.id().equals(level) && !l.plan()).mapToInt(Level::rank).findFirst().orElse(0);
  }

  private String label(String level) {
    return levels.stream().filter(l -> l.id().equals(level)).map(Level::label).findFirst().orElse(level);
  }
}
