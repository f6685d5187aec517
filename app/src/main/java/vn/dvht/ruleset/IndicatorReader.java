package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.model.Authority;
import vn.dvht.model.Clause;
import vn.dvht.model.Credit;
import vn.dvht.model.Criterion;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Ownership;
import vn.dvht.model.Population;
import vn.dvht.model.Requirement;
import vn.dvht.model.Scale;
import vn.dvht.model.Target;
import vn.dvht.model.UnitType;

/** Reads {@code criteria:} and their indicators, checking every reference they make. */
final class IndicatorReader {
  private static final List<String> KINDS = List.of("share", "unit-fact", "unit-rank");

  /** What indicators may refer to, read from the earlier sections. */
  record Context(
      List<Authority> authorities,
      List<UnitType> unitTypes,
      List<Ownership> ownerships,
      Map<String, Set<String>> unitGroups,
      List<Population> populations,
      List<Scale> scales,
      List<Field> fields,
      List<Level> levels,
      String defaultLevel) {}

  private final Diagnostics diagnostics;
  private final Ids ids;
  private final Context context;
  private final TargetReader targets;
  private final ScoringReader scoring;
  private final boolean scored;

  IndicatorReader(Diagnostics diagnostics, Ids ids, Context context, ScoringReader scoring, boolean scored) {
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.context = context;
    this.targets = new TargetReader(diagnostics, ids, context);
    this.scoring = scoring;
    this.scored = scored;
  }

  List<Criterion> readCriteria(MapReader doc) {
    List<Criterion> criteria = new ArrayList<>();
    for (MapReader m : doc.maps("criteria")) {
      String id = m.text("id");
      ids.declare("criterion", id, m.positionOf("id"));
      String title = m.text("title");
      RulesetReader.requireList(m, "indicators", diagnostics);
      List<Indicator> indicators = new ArrayList<>();
      for (MapReader indicator : m.maps("indicators")) {
        indicators.add(readIndicator(indicator, id));
      }
      m.finish();
      criteria.add(new Criterion(id, title, indicators));
    }
    return criteria;
  }

  private Indicator readIndicator(MapReader m, String criterionId) {
    String id = m.text("id");
    ids.declare("indicator", id, m.positionOf("id"));
    String text = m.text("text");
    String shortText = m.text("short", text);
    Optional<Measure> measure = measure(m);
    Set<String> unitTypes = appliesTo(m);
    Set<String> ownerships = ownerships(m);
    RulesetReader.requireList(m, "targets", diagnostics);
    List<Target> read = new ArrayList<>();
    List<SourcePosition.InText> bars = new ArrayList<>();
    Map<String, SourcePosition.InText> seen = new HashMap<>();
    for (MapReader t : m.maps("targets")) {
      Target target = measure.map(x -> targets.read(t, x)).orElseGet(() -> targets.readAnyBar(t));
      checkUnique(id, target, t, seen);
      read.add(target);
      bars.add(t.positionOf("min"));
    }
    checkLevelsRise(id, read, bars);
    List<Clause> clauses = new ArrayList<>();
    for (MapReader c : m.maps("clauses")) {
      clauses.add(clause(c));
    }
    String note = m.text("note", "");
    BigDecimal points = points(m);
    Credit credit = scored ? scoring.creditOf(m, points) : new Credit.AllOrNothing();
    m.finish();
    return new Indicator(id, criterionId, shortText, text, measure.orElse(new Measure.UnitFact()), unitTypes,
        ownerships, read, clauses, note, points, credit);
  }

  /** The indicator's maximum points: required in a scoring ruleset, not allowed elsewhere. */
  private BigDecimal points(MapReader m) {
    if (!scored) {
      if (m.has("points")) {
        diagnostics.error("R020", m.positionOf("points"), Messages.get("ruleset.pointsNeedScoring"));
      }
      m.allow("points", "credit");
      return BigDecimal.ZERO;
    }
    BigDecimal points = m.number("points", true).orElse(BigDecimal.ZERO);
    if (points.signum() < 0) {
      diagnostics.error("R020", m.positionOf("points"), Messages.get("ruleset.totalPositive", points.toPlainString()));
    }
    return points;
  }

  /**
   * Warns where a higher level asks a smaller share than a lower one for the same authority: legal,
   * since a level is reached only with every level below it, but nearly always a typing mistake.
   */
  private void checkLevelsRise(String id, List<Target> read, List<SourcePosition.InText> bars) {
    for (int i = 0; i < read.size(); i++) {
      for (int j = 0; j < read.size(); j++) {
        Target low = read.get(i);
        Target high = read.get(j);
        if (rank(high.level()) > rank(low.level()) && rank(low.level()) > 0
            && low.requirement() instanceof Requirement.MinPercent lowBar
            && high.requirement() instanceof Requirement.MinPercent highBar
            && highBar.percent().compareTo(lowBar.percent()) < 0
            && high.authorities().stream().anyMatch(low.authorities()::contains)) {
          diagnostics.warning("R030", bars.get(j), Messages.get("ruleset.levelAsksLess", id, label(high.level()),
              highBar.percent().toPlainString(), lowBar.percent().toPlainString(), label(low.level())));
        }
      }
    }
  }

  /** A recognition level's rank; 0 for a plan level or an unknown id. */
  private int rank(String level) {
    return context.levels().stream().filter(l -> l.id().equals(level) && !l.plan()).mapToInt(Level::rank)
        .findFirst().orElse(0);
  }

  private String label(String level) {
    return context.levels().stream().filter(l -> l.id().equals(level)).map(Level::label).findFirst().orElse(level);
  }

  /** Reports a second target for the same level and authority. */
  private void checkUnique(String id, Target target, MapReader t, Map<String, SourcePosition.InText> seen) {
    if (target.level().isEmpty()) {
      return;
    }
    for (String authority : target.authorities()) {
      SourcePosition.InText first = seen.putIfAbsent(authority + "/" + target.level(), t.positionOf("level"));
      if (first != null) {
        diagnostics.error("R010", t.positionOf("level"),
            Messages.get("ruleset.duplicateTarget", id, target.level(), authority, first.line()));
      }
    }
  }

  /** What the indicator measures; empty after a reported problem, so targets are read leniently. */
  private Optional<Measure> measure(MapReader m) {
    String kind = m.text("kind");
    switch (kind) {
      case "share":
        String population = m.text("population");
        if (!population.isEmpty() && context.populations().stream().noneMatch(p -> p.id().equals(population))) {
          ids.unknown("population", population, m.positionOf("population"));
        }
        return Optional.of(new Measure.Share(population, test(m)));
      case "unit-fact":
        return Optional.of(new Measure.UnitFact());
      case "unit-rank":
        String scale = m.text("scale");
        if (!scale.isEmpty() && targets.scale(scale).isEmpty()) {
          ids.unknown("scale", scale, m.positionOf("scale"));
        }
        return Optional.of(new Measure.UnitRank(scale));
      default:
        if (!kind.isEmpty()) {
          m.badChoice("kind", kind, KINDS);
        }
        m.allow("population", "test", "scale");
        return Optional.empty();
    }
  }

  private MemberTest test(MapReader m) {
    Optional<MapReader> test = m.map("test", true);
    if (test.isEmpty()) {
      return new MemberTest.IsYes("");
    }
    MapReader t = test.get();
    String fieldId = t.text("field");
    Optional<String> atLeast = t.optionalText("atLeast");
    t.finish();
    Optional<Field> field = context.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst();
    if (field.isEmpty()) {
      if (!fieldId.isEmpty() && !ids.knows("field", fieldId)) {
        ids.unknown("field", fieldId, t.positionOf("field"));
      }
      return new MemberTest.IsYes(fieldId);
    }
    FieldType type = field.get().type();
    if (atLeast.isPresent()) {
      if (!(type instanceof FieldType.Ranked ranked)) {
        diagnostics.error("R016", t.positionOf("atLeast"), Messages.get("ruleset.testNeedsScale", fieldId));
        return new MemberTest.IsYes(fieldId);
      }
      targets.checkItem(ranked.scale(), atLeast.get(), t.positionOf("atLeast"));
      return new MemberTest.AtLeast(fieldId, atLeast.get());
    }
    if (type instanceof FieldType.Ranked) {
      diagnostics.error("R016", t.positionOf("field"), Messages.get("ruleset.testNeedsAtLeast", fieldId));
    } else if (!(type instanceof FieldType.YesNo)) {
      diagnostics.error("R016", t.positionOf("field"), Messages.get("ruleset.testNeedsYesNo", fieldId));
    }
    return new MemberTest.IsYes(fieldId);
  }

  /** A sentence shown only to the units it names: {@code {text, appliesTo, ownership, authority}}. */
  private Clause clause(MapReader c) {
    String text = c.text("text");
    Set<String> types = c.has("appliesTo") ? appliesTo(c) : Set.of();
    Set<String> ownerships = ownerships(c);
    Set<String> authorities = new LinkedHashSet<>();
    for (Node.Scalar a : c.scalars("authority")) {
      ids.reference("authority", a.text(), a.position());
      authorities.add(a.text());
    }
    c.finish();
    return new Clause(text, types, ownerships, authorities);
  }

  /** The ownerships under {@code ownership:}; empty (all) when absent. */
  private Set<String> ownerships(MapReader m) {
    Set<String> out = new LinkedHashSet<>();
    for (Node.Scalar o : m.scalars("ownership")) {
      ids.reference("ownership", o.text(), o.position());
      out.add(o.text());
    }
    return out;
  }

  private Set<String> appliesTo(MapReader m) {
    Set<String> all = new LinkedHashSet<>();
    context.unitTypes().forEach(t -> all.add(t.id()));
    if (!m.has("appliesTo")) {
      m.allow("appliesTo");
      return all;
    }
    RulesetReader.requireList(m, "appliesTo", diagnostics);
    Set<String> types = new LinkedHashSet<>();
    for (Node.Scalar ref : m.scalars("appliesTo")) {
      if (context.unitGroups().containsKey(ref.text())) {
        types.addAll(context.unitGroups().get(ref.text()));
      } else if (all.contains(ref.text())) {
        types.add(ref.text());
      } else {
        ids.unknown("unitType", ref.text(), ref.position());
      }
    }
    return types;
  }
}
