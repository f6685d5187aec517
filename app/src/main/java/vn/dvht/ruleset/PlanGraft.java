package vn.dvht.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Criterion;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetInfo;
import vn.dvht.model.Target;

/**
 * A unit's plan ({@code --targets}) put beside the circular's ruleset: the official levels, indicators, scoring
 * and grade are the circular's, untouched; the plan adds only its level and its targets. Whatever else the plan
 * file changes (seed 004's {@code credit: proportional}) is left out of the official result, with warning W006.
 *
 * <pre>{@code
 * LoadedRuleset run = PlanGraft.onto(loader.resolve("tt22"), loader.resolve("plans/004.yaml"));
 * }</pre>
 */
public final class PlanGraft {
  /** The warning that a plan changes the official result and that the change is left out. */
  public static final String IGNORED = "W006";

  private PlanGraft() {}

  /** The circular's ruleset with the plan's level and targets added; the plan's file, hash and title. */
  public static LoadedRuleset onto(LoadedRuleset base, LoadedRuleset plan) {
    Ruleset official = base.ruleset();
    Ruleset own = plan.ruleset();
    Level level = own.plan().orElseThrow();
    List<Level> levels = new ArrayList<>(official.levels());
    levels.add(level);
    List<Criterion> criteria = official.criteria().stream().map(c -> new Criterion(c.id(), c.title(),
        c.indicators().stream().map(i -> withPlan(i, own.indicator(i.id()), level)).toList())).toList();
    Map<String, String> english = new HashMap<>(official.english());
    english.putAll(own.english());
    RulesetInfo info = official.info();
    RulesetInfo named = new RulesetInfo(own.id(), own.info().title(), info.circular(), info.legalBasis(),
        info.effectiveFrom(), info.effectiveUntil(), info.note());
    Ruleset grafted = new Ruleset(named, official.authorities(), official.unitTypes(), official.ownerships(),
        official.populations(), official.vocabularies(), official.scales(), official.fields(), official.facts(),
        levels, criteria, official.procedures(), official.evidence(), official.scoring(), official.tests(),
        official.report(), english, official.deadlines());
    List<Diagnostic> warnings = new ArrayList<>(plan.warnings());
    if (changesOfficial(official, own, level)) {
      warnings.add(Diagnostic.warning(IGNORED, new SourcePosition.InFile(plan.origin()),
          Message.of("plan.officialKept", plan.origin(), info.circular())));
    }
    return new LoadedRuleset(grafted, plan.origin(), plan.sha256(), warnings, plan.sources());
  }

  private static Indicator withPlan(Indicator indicator, Optional<Indicator> planned, Level level) {
    List<Target> targets = new ArrayList<>(indicator.targets());
    planned.ifPresent(p -> p.targets().stream().filter(t -> t.level().equals(level.id())).forEach(targets::add));
    return new Indicator(indicator.id(), indicator.criterionId(), indicator.shortText(), indicator.text(),
        indicator.measure(), indicator.unitTypes(), indicator.ownerships(), targets, indicator.clauses(),
        indicator.note(), indicator.points(), indicator.credit(), indicator.readings());
  }

  /** Whether the plan scores or sets official targets otherwise than the circular does. */
  private static boolean changesOfficial(Ruleset official, Ruleset own, Level level) {
    if (!official.scoring().equals(own.scoring())) {
      return true;
    }
    for (Indicator i : official.indicators()) {
      Optional<Indicator> p = own.indicator(i.id());
      if (p.isEmpty() || !i.credit().equals(p.get().credit())
          || p.get().points().compareTo(i.points()) != 0
          || !i.targets().equals(p.get().targets().stream().filter(t -> !t.level().equals(level.id())).toList())) {
        return true;
      }
    }
    return false;
  }
}
