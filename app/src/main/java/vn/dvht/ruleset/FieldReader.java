package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Diagnostics;
import vn.dvht.model.Confidence;
import vn.dvht.diag.Message;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Population;
import vn.dvht.model.Scale;
import vn.dvht.model.ScoreRule;
import vn.dvht.model.Vocabulary;

/** Reads the {@code fields:} section: member columns, their headers and how to read them. */
final class FieldReader {
  private static final List<String> TYPES = List.of("name", "id", "birth-date", "population", "yes-no", "scale", "score");

  private final Diagnostics diagnostics;
  private final Ids ids;
  private final List<Vocabulary> vocabularies;
  private final List<Scale> scales;
  private final List<Population> populations;
  /** Each {@code scores:} rule read, with its parts, checked once every field is known. */
  private final List<Map.Entry<MapReader, List<String>>> partsAt = new ArrayList<>();

  FieldReader(Diagnostics diagnostics, Ids ids, List<Vocabulary> vocabularies, List<Scale> scales,
      List<Population> populations) {
    this.populations = populations;
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.vocabularies = vocabularies;
    this.scales = scales;
  }

  List<Field> read(MapReader doc) {
    List<Field> fields = new ArrayList<>();
    boolean untyped = false;
    for (MapReader m : doc.maps("fields")) {
      Optional<Field> field = readField(m);
      untyped |= field.isEmpty();
      if (field.isPresent() && field.get().type() instanceof FieldType.Name) {
        nameField(fields).ifPresent(first -> diagnostics.error("R017", m.positionOf("type"), Message.of(
            "ruleset.nameFieldExtra", first.id(), ids.positionOf("field", first.id(), doc.position()).line())));
      }
      // An untyped field stays declared but unlisted, so tests naming it are not reported twice.
      field.ifPresent(fields::add);
    }
    checkParts(fields);
    if (!fields.isEmpty() && nameField(fields).isEmpty() && !untyped) {
      diagnostics.error("R017", doc.positionOf("fields"), Message.of("ruleset.nameFieldMissing"));
    }
    return fields;
  }

  /** One field; empty when its type is missing or wrong (already reported). */
  private Optional<Field> readField(MapReader m) {
    String id = m.text("id");
    ids.declare("field", id, m.positionOf("id"));
    String header = m.text("header");
    List<String> aliases = m.texts("aliases");
    Optional<FieldType> type = type(m);
    boolean optional = m.bool("optional", false);
    m.finish();
    return type.map(t -> new Field(id, header, aliases, t, optional));
  }

  private static Optional<Field> nameField(List<Field> fields) {
    return fields.stream().filter(f -> f.type() instanceof FieldType.Name).findFirst();
  }

  /** The field's type; empty after a reported problem. */
  private Optional<FieldType> type(MapReader m) {
    String type = m.text("type");
    switch (type) {
      case "name":
        return Optional.of(new FieldType.Name());
      case "id":
        return Optional.of(new FieldType.Identifier());
      case "birth-date":
        return Optional.of(new FieldType.BirthDate());
      case "population":
        return Optional.of(new FieldType.PopulationColumn());
      case "yes-no":
        return Optional.of(new FieldType.YesNo(vocabulary(m), m.map("scores", false).map(this::scores)
            .orElse(ScoreRule.NONE)));
      case "score":
        BigDecimal max = m.number("max", false).orElse(BigDecimal.TEN);
        if (max.signum() <= 0) {
          diagnostics.error("R012", m.positionOf("max"), Message.of("ruleset.scoreMax", max.toPlainString()));
        }
        return Optional.of(new FieldType.Score(max));
      case "scale":
        String scale = m.text("scale");
        if (!scale.isEmpty() && scales.stream().noneMatch(s -> s.id().equals(scale))) {
          ids.unknown("scale", scale, m.positionOf("scale"));
        }
        return Optional.of(new FieldType.Ranked(scale));
      default:
        if (!type.isEmpty()) {
          m.badChoice("type", type, TYPES);
        }
        m.allow("vocabulary", "scale", "scores", "max");
        return Optional.empty();
    }
  }

  /**
   * A title's {@code scores:} rule: {@code parts} (score columns), {@code minTotal}, {@code minEach},
   * {@code confidence} and {@code source}, and {@code groups}: a population's own bars on the same parts
   * ({@code population}, then any of the four others, the rest as the rule's); the parts are checked once
   * every field is read.
   */
  private ScoreRule scores(MapReader s) {
    List<String> parts = s.texts("parts");
    BigDecimal minTotal = s.number("minTotal", true).orElse(BigDecimal.ZERO);
    BigDecimal minEach = s.number("minEach", true).orElse(BigDecimal.ZERO);
    Confidence sure = confidence(s, s.text("confidence"), Confidence.INFERRED);
    String source = s.text("source");
    if (parts.isEmpty()) {
      diagnostics.error("R004", s.position(), Message.of("ruleset.missingKey", "parts"));
    }
    partsAt.add(Map.entry(s, parts));
    ScoreRule rule = new ScoreRule(parts, minTotal, minEach, sure, source);
    Map<String, ScoreRule> groups = new java.util.LinkedHashMap<>();
    for (MapReader g : s.maps("groups")) {
      String population = g.text("population");
      // A missing or blank population is reported by text(), once.
      if (!population.isEmpty() && populations.stream().noneMatch(p -> p.id().equals(population))) {
        ids.unknown("population", population, g.positionOf("population"));
      } else if (!population.isEmpty() && groups.containsKey(population)) {
        diagnostics.error("R010", g.positionOf("population"), Message.of("ruleset.scoreGroupTwice", population));
      }
      groups.put(population, new ScoreRule(parts, g.number("minTotal", false).orElse(minTotal),
          g.number("minEach", false).orElse(minEach), confidence(g, g.optionalText("confidence").orElse(""), sure),
          g.optionalText("source").orElse(source)));
      g.finish();
    }
    s.finish();
    return groups.isEmpty() ? rule : new ScoreRule(parts, minTotal, minEach, sure, source, groups);
  }

  /** The {@code confidence:} of a rule or a group; {@code otherwise} when it is not given. */
  private static Confidence confidence(MapReader m, String confidence, Confidence otherwise) {
    if (confidence.isEmpty()) {
      return otherwise;
    }
    if (!confidence.equals(Confidence.STATED.key()) && !confidence.equals(Confidence.INFERRED.key())) {
      m.badChoice("confidence", confidence, List.of(Confidence.STATED.key(), Confidence.INFERRED.key()));
    }
    return confidence.equals(Confidence.STATED.key()) ? Confidence.STATED : Confidence.INFERRED;
  }

  /** Every part of a {@code scores:} rule names a field of type score. */
  private void checkParts(List<Field> fields) {
    for (Map.Entry<MapReader, List<String>> rule : partsAt) {
      for (String part : rule.getValue()) {
        Optional<Field> field = fields.stream().filter(f -> f.id().equals(part)).findFirst();
        if (field.isEmpty()) {
          ids.unknown("field", part, rule.getKey().positionOf("parts"));
        } else if (!(field.get().type() instanceof FieldType.Score)) {
          diagnostics.error("R016", rule.getKey().positionOf("parts"), Message.of("ruleset.partNotScore", part));
        }
      }
    }
  }

  private String vocabulary(MapReader m) {
    if (!m.has("vocabulary")) {
      m.allow("vocabulary");
      if (vocabularies.isEmpty()) {
        diagnostics.error("R004", m.position(), Message.of("ruleset.missingKey", "vocabulary"));
        return "";
      }
      return vocabularies.get(0).id();
    }
    String id = m.text("vocabulary");
    if (!id.isEmpty() && vocabularies.stream().noneMatch(v -> v.id().equals(id))) {
      ids.unknown("vocabulary", id, m.positionOf("vocabulary"));
    }
    return id;
  }
}
