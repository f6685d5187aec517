package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.model.Authority;
import vn.dvht.model.Confidence;
import vn.dvht.model.Criterion;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.MemberTest;
import vn.dvht.model.Population;
import vn.dvht.model.Requirement;
import vn.dvht.model.Scale;
import vn.dvht.model.Target;
import vn.dvht.model.UnitType;

/** Reads {@code criteria:} and their indicators, checking every reference they make. */
final class IndicatorReader {
  private static final String KINDS = "share, unit-fact, unit-rank";

  /** What indicators may refer to, read from the earlier sections. */
  record Context(
      List<Authority> authorities,
      List<UnitType> unitTypes,
      Map<String, Set<String>> unitGroups,
      List<Population> populations,
      List<Scale> scales,
      List<Field> fields,
      List<Level> levels) {}

  private final Diagnostics diagnostics;
  private final Ids ids;
  private final Context context;

  IndicatorReader(Diagnostics diagnostics, Ids ids, Context context) {
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.context = context;
  }

  List<Criterion> readCriteria(List<Node> items) {
    List<Criterion> criteria = new ArrayList<>();
    for (Node item : items) {
      MapReader.of(item, diagnostics).ifPresent(m -> {
        String id = m.text("id");
        ids.declare("criterion", id, item.position());
        String title = m.text("title");
        List<Indicator> indicators = new ArrayList<>();
        for (Node indicator : m.items("indicators")) {
          MapReader.of(indicator, diagnostics).ifPresent(i -> indicators.add(readIndicator(i, id)));
        }
        m.finish();
        criteria.add(new Criterion(id, title, indicators));
      });
    }
    return criteria;
  }

  private Indicator readIndicator(MapReader m, String criterionId) {
    String id = m.text("id");
    ids.declare("indicator", id, m.position());
    String text = m.text("text");
    String shortText = m.text("short", text);
    Measure measure = measure(m);
    Set<String> unitTypes = appliesTo(m);
    List<Target> targets = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node node : m.items("targets")) {
      MapReader.of(node, diagnostics).ifPresent(t -> {
        Target target = readTarget(t, measure);
        for (String authority : target.authorities()) {
          if (!seen.add(authority + "/" + target.level())) {
            diagnostics.error("R010", node.position(),
                Messages.get("ruleset.duplicateTarget", id, target.level(), authority));
          }
        }
        targets.add(target);
      });
    }
    String note = m.text("note", "");
    m.finish();
    return new Indicator(id, criterionId, shortText, text, measure, unitTypes, targets, note);
  }

  private Measure measure(MapReader m) {
    String kind = m.text("kind");
    switch (kind) {
      case "share":
        String population = m.text("population");
        if (!population.isEmpty() && context.populations().stream().noneMatch(p -> p.id().equals(population))) {
          ids.unknown("population", population, m.position());
        }
        return new Measure.Share(population, test(m));
      case "unit-fact":
        return new Measure.UnitFact();
      case "unit-rank":
        String scale = m.text("scale");
        if (!scale.isEmpty() && scale(scale).isEmpty()) {
          ids.unknown("scale", scale, m.position());
        }
        return new Measure.UnitRank(scale);
      default:
        if (!kind.isEmpty()) {
          diagnostics.error("R006", m.position(), Messages.get("ruleset.badChoice", "kind", kind, KINDS));
        }
        return new Measure.UnitFact();
    }
  }

  private MemberTest test(MapReader m) {
    Optional<MapReader> test = m.require("test").flatMap(n -> MapReader.of(n, diagnostics));
    if (test.isEmpty()) {
      return new MemberTest.IsYes("");
    }
    MapReader t = test.get();
    String fieldId = t.text("field");
    Optional<String> atLeast = t.optionalText("atLeast");
    t.finish();
    Optional<Field> field = context.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst();
    if (field.isEmpty()) {
      if (!fieldId.isEmpty()) {
        ids.unknown("field", fieldId, t.position());
      }
      return new MemberTest.IsYes(fieldId);
    }
    if (atLeast.isPresent()) {
      if (!(field.get().type() instanceof FieldType.Ranked ranked)) {
        diagnostics.error("R016", t.position(), Messages.get("ruleset.testNeedsScale", fieldId));
        return new MemberTest.IsYes(fieldId);
      }
      checkItem(ranked.scale(), atLeast.get(), t);
      return new MemberTest.AtLeast(fieldId, atLeast.get());
    }
    if (!(field.get().type() instanceof FieldType.YesNo)) {
      diagnostics.error("R016", t.position(), Messages.get("ruleset.testNeedsYesNo", fieldId));
    }
    return new MemberTest.IsYes(fieldId);
  }

  private Set<String> appliesTo(MapReader m) {
    Set<String> all = new LinkedHashSet<>();
    context.unitTypes().forEach(t -> all.add(t.id()));
    if (!m.has("appliesTo")) {
      m.node("appliesTo");
      return all;
    }
    Set<String> types = new LinkedHashSet<>();
    for (String ref : m.texts("appliesTo")) {
      if (context.unitGroups().containsKey(ref)) {
        types.addAll(context.unitGroups().get(ref));
      } else if (all.contains(ref)) {
        types.add(ref);
      } else {
        ids.unknown("unitType", ref, m.position());
      }
    }
    return types;
  }

  private Target readTarget(MapReader t, Measure measure) {
    Set<String> authorities = new LinkedHashSet<>();
    if (t.has("authority")) {
      for (String a : t.texts("authority")) {
        if (context.authorities().stream().noneMatch(x -> x.id().equals(a))) {
          ids.unknown("authority", a, t.position());
        }
        authorities.add(a);
      }
    } else {
      t.node("authority");
      context.authorities().forEach(a -> authorities.add(a.id()));
    }
    String level = t.text("level");
    if (!level.isEmpty() && context.levels().stream().noneMatch(l -> l.id().equals(level))) {
      ids.unknown("level", level, t.position());
    }
    Requirement requirement = requirement(t, measure);
    Confidence confidence = confidence(t);
    String citation = t.text("citation");
    String note = t.text("note", "");
    t.finish();
    return new Target(authorities, level, requirement, confidence, citation, note);
  }

  private Requirement requirement(MapReader t, Measure measure) {
    if (measure instanceof Measure.Share) {
      Optional<Node> node = t.require("min");
      Optional<BigDecimal> min = t.number("min");
      if (min.isPresent() && !RulesetReader.isPercent(min.get())) {
        diagnostics.error("R012", node.get().position(), Messages.get("ruleset.percentRange", min.get().toPlainString()));
        return new Requirement.MinPercent(BigDecimal.ZERO);
      }
      return new Requirement.MinPercent(min.orElse(BigDecimal.ZERO));
    }
    if (measure instanceof Measure.UnitRank rank) {
      String item = t.text("atLeast");
      checkItem(rank.scale(), item, t);
      return new Requirement.MinRank(item);
    }
    return new Requirement.Required();
  }

  private Confidence confidence(MapReader t) {
    String value = t.text("confidence");
    for (Confidence c : Confidence.values()) {
      if (c.key().equals(value)) {
        return c;
      }
    }
    if (!value.isEmpty()) {
      diagnostics.error("R006", t.position(), Messages.get("ruleset.badChoice", "confidence", value, "stated, inferred"));
    }
    return Confidence.INFERRED;
  }

  private void checkItem(String scaleId, String item, MapReader at) {
    Optional<Scale> scale = scale(scaleId);
    if (scale.isPresent() && !item.isEmpty() && scale.get().items().stream().noneMatch(i -> i.id().equals(item))) {
      String known = String.join(", ", scale.get().items().stream().map(i -> i.id()).toList());
      diagnostics.error("R011", at.position(),
          Messages.get("ruleset.unknownRef", Messages.get("ref.scaleItem"), item, known));
    }
  }

  private Optional<Scale> scale(String id) {
    return context.scales().stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
