package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.model.Authority;
import vn.dvht.model.Confidence;
import vn.dvht.model.Criterion;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.Requirement;
import vn.dvht.model.Scale;
import vn.dvht.model.Target;

/**
 * Reads a unit's own plan targets ({@code plan:}) into one more level, evaluated beside the official
 * ones but never counted as recognition:
 *
 * <pre>
 * plan:
 *   label: Chỉ tiêu kế hoạch năm học 2025–2026
 *   source: Kế hoạch số 12/KH-THPTLN
 *   targets: {TC2.CT1: 95, TC3.CT3: tt-ldtt, TC1.CT1: true}
 * </pre>
 */
final class PlanReader {
  static final String PLAN_LEVEL = "ke-hoach";

  /** The plan's level and the criteria with its targets added. */
  record Result(Level level, List<Criterion> criteria) {}

  private final Diagnostics diagnostics;
  private final Ids ids;

  PlanReader(Diagnostics diagnostics, Ids ids) {
    this.diagnostics = diagnostics;
    this.ids = ids;
  }

  Optional<Result> read(MapReader doc, List<Criterion> criteria, List<Authority> authorities, List<Scale> scales,
      int rank) {
    Optional<MapReader> section = doc.map("plan", false);
    if (section.isEmpty()) {
      return Optional.empty();
    }
    MapReader plan = section.get();
    String label = plan.text("label");
    String source = plan.text("source");
    Optional<MapReader> targets = plan.map("targets", true);
    plan.finish();
    List<Criterion> updated = new ArrayList<>();
    Set<String> everywhere = Set.copyOf(authorities.stream().map(Authority::id).toList());
    for (Criterion criterion : criteria) {
      List<Indicator> indicators = new ArrayList<>();
      for (Indicator indicator : criterion.indicators()) {
        Optional<Requirement> bar = targets.flatMap(t -> requirement(t, indicator, scales));
        if (bar.isEmpty()) {
          indicators.add(indicator);
          continue;
        }
        List<Target> all = new ArrayList<>(indicator.targets());
        all.add(new Target(everywhere, PLAN_LEVEL, bar.get(), Confidence.STATED, source, ""));
        indicators.add(new Indicator(indicator.id(), indicator.criterionId(), indicator.shortText(), indicator.text(),
            indicator.measure(), indicator.unitTypes(), indicator.ownerships(), all, indicator.clauses(), indicator.note(),
            indicator.points(), indicator.credit(), indicator.readings()));
      }
      updated.add(new Criterion(criterion.id(), criterion.title(), indicators));
    }
    targets.ifPresent(t -> {
      for (Criterion criterion : criteria) {
        criterion.indicators().forEach(i -> t.allow(i.id()));
      }
      t.finish();
    });
    return Optional.of(new Result(new Level(PLAN_LEVEL, label, rank, true), updated));
  }

  /** The plan's bar for one indicator, if the plan sets one; checked against the indicator's kind. */
  private Optional<Requirement> requirement(MapReader targets, Indicator indicator, List<Scale> scales) {
    if (!targets.has(indicator.id())) {
      return Optional.empty();
    }
    String id = indicator.id();
    return indicator.measure().accept(new Measure.Cases<Optional<Requirement>>() {
      @Override
      public Optional<Requirement> share(Measure.Share share) {
        Optional<BigDecimal> min = targets.number(id, true);
        if (min.isPresent() && !RulesetReader.isPercent(min.get())) {
          diagnostics.error("R012", targets.positionOf(id), Message.of("ruleset.percentRange",
              min.get().toPlainString()));
          return Optional.empty();
        }
        return min.map(Requirement.MinPercent::new);
      }

      @Override
      public Optional<Requirement> unitFact(Measure.UnitFact fact) {
        targets.bool(id, true);
        return Optional.of(new Requirement.Required());
      }

      @Override
      public Optional<Requirement> unitRank(Measure.UnitRank rank) {
        String item = targets.text(id);
        Optional<Scale> scale = scales.stream().filter(s -> s.id().equals(rank.scale())).findFirst();
        if (scale.isPresent() && scale.get().items().stream().noneMatch(i -> i.id().equals(item))) {
          ids.unknown("scaleItem", item, scale.get().items().stream().map(i -> i.id()).toList(),
              targets.positionOf(id));
        }
        return Optional.of(new Requirement.MinRank(item));
      }
    });
  }
}
