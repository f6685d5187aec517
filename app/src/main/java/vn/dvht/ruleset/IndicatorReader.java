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
import vn.dvht.diag.Message;
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
import vn.dvht.model.Scale;
import vn.dvht.model.Scope;
import vn.dvht.model.Target;
import vn.dvht.model.UnitType;

/** Reads {@code criteria:} and their indicators, checking every reference they make. */
final class IndicatorReader {
  private static final List<String> KINDS = List.of(Measure.SHARE, Measure.UNIT_FACT, Measure.UNIT_RANK);

  /** What indicators may refer to, read from the earlier sections. */
  record Context(
      List<Authority> authorities,
      List<UnitType> unitTypes,
      List<Ownership> ownerships,
      Map<String, ScopeReader.Group> unitGroups,
      List<Population> populations,
      List<Scale> scales,
      List<Field> fields,
      List<Level> levels,
      String defaultLevel) {}

  private final Diagnostics diagnostics;
  private final Ids ids;
  private final Context context;
  private final TargetReader targets;
  private final ScopeReader scopes;
  private final ScoringReader scoring;
  private final boolean scored;

  IndicatorReader(Diagnostics diagnostics, Ids ids, Context context, ScoringReader scoring, boolean scored) {
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.context = context;
    this.scopes = new ScopeReader(diagnostics, ids, context.unitTypes(), context.unitGroups());
    this.targets = new TargetReader(diagnostics, ids, context, scopes);
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
    Scope scope = scopes.indicator(m);
    RulesetReader.requireList(m, "targets", diagnostics);
    List<Target> read = new ArrayList<>();
    List<MapReader> at = new ArrayList<>();
    Map<String, SourcePosition.InText> seen = new HashMap<>();
    for (MapReader t : m.maps("targets")) {
      Target target = measure.map(x -> targets.read(t, x)).orElseGet(() -> targets.readAnyBar(t));
      checkUnique(id, target, t, seen);
      checkReachable(id, target, scope, t);
      read.add(target);
      at.add(t);
    }
    new LevelOrderCheck(diagnostics, context).check(id, measure, read, at);
    List<Clause> clauses = new ArrayList<>();
    for (MapReader c : m.maps("clauses")) {
      clauses.add(clause(c));
    }
    String note = m.text("note", "");
    BigDecimal points = points(m);
    Credit credit = scored ? scoring.creditOf(m, points) : new Credit.AllOrNothing();
    m.finish();
    return new Indicator(id, criterionId, shortText, text, measure.orElse(new Measure.UnitFact()), scope.unitTypes(),
        scope.ownerships(), read, clauses, note, points, credit, scope.readings());
  }

  /** Warns (R032) about a target whose own {@code appliesTo} names no unit type the indicator applies to. */
  private void checkReachable(String id, Target target, Scope indicator, MapReader t) {
    Set<String> types = target.scope().unitTypes();
    if (!types.isEmpty() && types.stream().noneMatch(indicator.unitTypes()::contains) && !ids.hadUnknown("unitType")) {
      diagnostics.warning("R032", t.positionOf("appliesTo"), Message.of("ruleset.targetNeverApplies", id,
          target.level()));
    }
  }

  /** The indicator's maximum points: required in a scoring ruleset, not allowed elsewhere. */
  private BigDecimal points(MapReader m) {
    if (!scored) {
      if (m.has("points")) {
        diagnostics.error("R020", m.positionOf("points"), Message.of("ruleset.pointsNeedScoring"));
      }
      m.allow("points", "credit");
      return BigDecimal.ZERO;
    }
    BigDecimal points = m.number("points", true).orElse(BigDecimal.ZERO);
    if (points.signum() < 0) {
      diagnostics.error("R020", m.positionOf("points"), Message.of("ruleset.pointsNegative", points.toPlainString()));
    }
    return points;
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
            Message.of("ruleset.duplicateTarget", id, target.level(), authority, first.line()));
      }
    }
  }

  /** What the indicator measures; empty after a reported problem, so targets are read leniently. */
  private Optional<Measure> measure(MapReader m) {
    String kind = m.text("kind");
    switch (kind) {
      case Measure.SHARE:
        String population = m.text("population");
        if (!population.isEmpty() && context.populations().stream().noneMatch(p -> p.id().equals(population))) {
          ids.unknown("population", population, m.positionOf("population"));
        }
        return Optional.of(new Measure.Share(population, test(m)));
      case Measure.UNIT_FACT:
        return Optional.of(new Measure.UnitFact());
      case Measure.UNIT_RANK:
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
        diagnostics.error("R016", t.positionOf("atLeast"), Message.of("ruleset.testNeedsScale", fieldId));
        return new MemberTest.IsYes(fieldId);
      }
      targets.checkItem(ranked.scale(), atLeast.get(), t.positionOf("atLeast"));
      return new MemberTest.AtLeast(fieldId, atLeast.get());
    }
    if (type instanceof FieldType.Ranked) {
      diagnostics.error("R016", t.positionOf("field"), Message.of("ruleset.testNeedsAtLeast", fieldId));
    } else if (!(type instanceof FieldType.YesNo)) {
      diagnostics.error("R016", t.positionOf("field"), Message.of("ruleset.testNeedsYesNo", fieldId));
    } else if (((FieldType.YesNo) type).scores().computes()) {
      return new MemberTest.Scored(fieldId, ((FieldType.YesNo) type).scores());
    }
    return new MemberTest.IsYes(fieldId);
  }

  /** A sentence shown only to the units it names: {@code {text, appliesTo, ownership, authority}}. */
  private Clause clause(MapReader c) {
    String text = c.text("text");
    Scope scope = scopes.narrowed(c);
    Set<String> authorities = new LinkedHashSet<>();
    for (Node.Scalar a : c.scalars("authority")) {
      ids.reference("authority", a.text(), a.position());
      authorities.add(a.text());
    }
    c.finish();
    return new Clause(text, scope.unitTypes(), scope.ownerships(), authorities);
  }
}
