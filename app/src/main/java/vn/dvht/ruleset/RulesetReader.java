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
import vn.dvht.model.Criterion;
import vn.dvht.model.FactDef;
import vn.dvht.model.Field;
import vn.dvht.model.Level;
import vn.dvht.model.Population;
import vn.dvht.model.Procedure;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetInfo;
import vn.dvht.model.Scale;
import vn.dvht.model.ScaleItem;
import vn.dvht.model.UnitType;
import vn.dvht.model.Vocabulary;

/**
 * Turns a parsed ruleset document into the model. Sections are read in dependency order so
 * that references (fields → scales, targets → levels, …) can be checked as they are met.
 */
final class RulesetReader {
  static final int SCHEMA_VERSION = 1;

  private final Diagnostics diagnostics;
  private final Ids ids;

  RulesetReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.ids = new Ids(diagnostics);
  }

  Optional<Ruleset> read(Node root) {
    Optional<MapReader> top = MapReader.of(root, diagnostics);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    MapReader doc = top.get();
    checkSchema(doc);
    RulesetInfo info = readInfo(doc);
    List<Authority> authorities = readNamed(doc, "authorities", "authority",
        (m, id, label, aliases) -> new Authority(id, label, aliases));
    List<UnitType> unitTypes = readNamed(doc, "unitTypes", "unitType",
        (m, id, label, aliases) -> new UnitType(id, label, aliases));
    Map<String, Set<String>> groups = readGroups(doc, unitTypes);
    List<Population> populations = readNamed(doc, "populations", "population",
        (m, id, label, aliases) -> new Population(id, label, aliases, m.bool("default", false)));
    List<Vocabulary> vocabularies = readVocabularies(doc);
    List<Scale> scales = readScales(doc);
    List<Field> fields = new FieldReader(diagnostics, ids, vocabularies, scales).read(doc.items("fields"));
    List<FactDef> facts = readFacts(doc);
    List<Level> levels = readLevels(doc);
    IndicatorReader indicators = new IndicatorReader(diagnostics, ids,
        new IndicatorReader.Context(authorities, unitTypes, groups, populations, scales, fields, levels));
    List<Criterion> criteria = indicators.readCriteria(doc.items("criteria"));
    List<Procedure> procedures = readProcedures(doc, facts);
    doc.finish();
    requireNonEmpty(doc, "authorities", authorities);
    requireNonEmpty(doc, "unitTypes", unitTypes);
    requireNonEmpty(doc, "populations", populations);
    requireNonEmpty(doc, "levels", levels);
    requireNonEmpty(doc, "criteria", criteria);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Ruleset ruleset = new Ruleset(info, authorities, unitTypes, populations, vocabularies, scales, fields, facts,
        levels, criteria, procedures);
    new SemanticChecks(diagnostics, ids, doc.position()).check(ruleset);
    return diagnostics.hasErrors() ? Optional.empty() : Optional.of(ruleset);
  }

  private void checkSchema(MapReader doc) {
    Optional<Node> schema = doc.require("schema");
    if (schema.isPresent() && !(schema.get() instanceof Node.Scalar s
        && s.type() == Node.ScalarType.NUMBER && s.text().equals(String.valueOf(SCHEMA_VERSION)))) {
      diagnostics.error("R015", schema.get().position(), Messages.get("ruleset.schemaVersion", SCHEMA_VERSION));
    }
  }

  private RulesetInfo readInfo(MapReader doc) {
    String id = doc.text("id");
    String title = doc.text("title");
    String circular = doc.text("circular");
    List<String> legalBasis = doc.texts("legalBasis");
    String note = doc.text("note", "");
    var from = RulesetInfo.OPEN_END;
    var until = RulesetInfo.OPEN_END;
    Optional<Node> effective = doc.require("effective");
    if (effective.isPresent()) {
      Optional<MapReader> dates = MapReader.of(effective.get(), diagnostics);
      if (dates.isPresent()) {
        if (dates.get().require("from").isPresent()) {
          from = dates.get().date("from").orElse(RulesetInfo.OPEN_END);
        }
        until = dates.get().date("until").orElse(RulesetInfo.OPEN_END);
        dates.get().finish();
      }
    }
    return new RulesetInfo(id, title, circular, legalBasis, from, until, note);
  }

  /** Builds one named item from its mapping, id, label and aliases. */
  interface NamedFactory<T> {
    T create(MapReader map, String id, String label, List<String> aliases);
  }

  private <T> List<T> readNamed(MapReader doc, String key, String kind, NamedFactory<T> factory) {
    List<T> out = new ArrayList<>();
    for (Node item : doc.items(key)) {
      MapReader.of(item, diagnostics).ifPresent(m -> {
        String id = m.text("id");
        ids.declare(kind, id, item.position());
        T value = factory.create(m, id, m.text("label"), m.texts("aliases"));
        m.finish();
        out.add(value);
      });
    }
    return out;
  }

  private Map<String, Set<String>> readGroups(MapReader doc, List<UnitType> unitTypes) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (Node item : doc.items("unitGroups")) {
      MapReader.of(item, diagnostics).ifPresent(m -> {
        String id = m.text("id");
        ids.declare("unitType", id, item.position());
        m.text("label", "");
        Set<String> members = new LinkedHashSet<>();
        for (String member : m.texts("members")) {
          if (unitTypes.stream().noneMatch(t -> t.id().equals(member))) {
            ids.unknown("unitType", member, m.position());
          }
          members.add(member);
        }
        m.finish();
        groups.put(id, members);
      });
    }
    return groups;
  }

  private List<Vocabulary> readVocabularies(MapReader doc) {
    List<Vocabulary> out = new ArrayList<>();
    for (Node item : doc.items("vocabularies")) {
      MapReader.of(item, diagnostics).ifPresent(m -> {
        String id = m.text("id");
        ids.declare("vocabulary", id, item.position());
        out.add(new Vocabulary(id, m.texts("yes"), m.texts("no"), m.texts("ticks")));
        m.finish();
      });
    }
    return out;
  }

  private List<Scale> readScales(MapReader doc) {
    List<Scale> out = new ArrayList<>();
    for (Node item : doc.items("scales")) {
      MapReader.of(item, diagnostics).ifPresent(m -> {
        String id = m.text("id");
        ids.declare("scale", id, item.position());
        String label = m.text("label");
        List<String> none = m.texts("none");
        List<ScaleItem> items = new ArrayList<>();
        Ids itemIds = new Ids(diagnostics);
        for (Node entry : m.items("items")) {
          MapReader.of(entry, diagnostics).ifPresent(e -> {
            String itemId = e.text("id");
            itemIds.declare("scaleItem", itemId, entry.position());
            items.add(new ScaleItem(itemId, e.text("label"), e.texts("aliases")));
            e.finish();
          });
        }
        if (items.isEmpty()) {
          diagnostics.error("R004", m.position(), Messages.get("ruleset.emptyList", "items"));
        }
        m.finish();
        out.add(new Scale(id, label, items, none));
      });
    }
    return out;
  }

  private List<FactDef> readFacts(MapReader doc) {
    return readNamed(doc, "facts", "fact", (m, id, label, aliases) -> {
      String type = m.text("type", "text");
      FactDef.FactType factType = FactDef.FactType.TEXT;
      if (type.equals("date")) {
        factType = FactDef.FactType.DATE;
      } else if (!type.equals("text")) {
        diagnostics.error("R006", m.position(), Messages.get("ruleset.badChoice", "type", type, "date, text"));
      }
      return new FactDef(id, label, aliases, factType);
    });
  }

  private List<Level> readLevels(MapReader doc) {
    List<Level> out = new ArrayList<>();
    for (Node item : doc.items("levels")) {
      MapReader.of(item, diagnostics).ifPresent(m -> {
        String id = m.text("id");
        ids.declare("level", id, item.position());
        out.add(new Level(id, m.text("label"), out.size() + 1));
        m.finish();
      });
    }
    return out;
  }

  private List<Procedure> readProcedures(MapReader doc, List<FactDef> facts) {
    List<Procedure> out = new ArrayList<>();
    for (Node item : doc.items("procedures")) {
      MapReader.of(item, diagnostics).ifPresent(m -> {
        String id = m.text("id");
        ids.declare("procedure", id, item.position());
        String level = m.text("level");
        ids.reference("level", level, m.position());
        String text = m.text("text");
        String citation = m.text("citation");
        String fact = "";
        int months = 0;
        Optional<Node> after = m.node("after");
        if (after.isPresent()) {
          Optional<MapReader> a = MapReader.of(after.get(), diagnostics);
          if (a.isPresent()) {
            fact = a.get().text("fact");
            months = a.get().integer("months").orElse(0);
            String factId = fact;
            Optional<FactDef> def = facts.stream().filter(f -> f.id().equals(factId)).findFirst();
            if (def.isEmpty()) {
              ids.unknown("fact", fact, a.get().position());
            } else if (def.get().type() != FactDef.FactType.DATE) {
              diagnostics.error("R016", a.get().position(), Messages.get("ruleset.factNotDate", fact));
            }
            a.get().finish();
          }
        }
        m.finish();
        out.add(new Procedure(id, level, text, citation, fact, months));
      });
    }
    return out;
  }

  private void requireNonEmpty(MapReader doc, String key, List<?> items) {
    if (items.isEmpty() && doc.has(key)) {
      diagnostics.error("R004", doc.position(), Messages.get("ruleset.emptyList", key));
    } else if (items.isEmpty()) {
      diagnostics.error("R004", doc.position(), Messages.get("ruleset.missingKey", key));
    }
  }

  static boolean isPercent(BigDecimal value) {
    return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
  }

  static SourcePosition.InText at(Node node) {
    return node.position();
  }
}
