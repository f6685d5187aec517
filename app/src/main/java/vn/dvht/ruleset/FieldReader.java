package vn.dvht.ruleset;

import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Scale;
import vn.dvht.model.Vocabulary;

/** Reads the {@code fields:} section: member columns, their headers and how to read them. */
final class FieldReader {
  private static final String TYPES = "name, id, population, yes-no, scale";

  private final Diagnostics diagnostics;
  private final Ids ids;
  private final List<Vocabulary> vocabularies;
  private final List<Scale> scales;

  FieldReader(Diagnostics diagnostics, Ids ids, List<Vocabulary> vocabularies, List<Scale> scales) {
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.vocabularies = vocabularies;
    this.scales = scales;
  }

  List<Field> read(List<Node> items) {
    List<Field> fields = new ArrayList<>();
    for (Node item : items) {
      MapReader.of(item, diagnostics).ifPresent(m -> {
        String id = m.text("id");
        ids.declare("field", id, item.position());
        String header = m.text("header");
        List<String> aliases = m.texts("aliases");
        FieldType type = type(m);
        boolean optional = m.bool("optional", false);
        m.finish();
        fields.add(new Field(id, header, aliases, type, optional));
      });
    }
    long names = fields.stream().filter(f -> f.type() instanceof FieldType.Name).count();
    if (!items.isEmpty() && names != 1) {
      diagnostics.error("R017", items.get(0).position(), Messages.get("ruleset.nameField", names));
    }
    return fields;
  }

  private FieldType type(MapReader m) {
    String type = m.text("type");
    switch (type) {
      case "name":
        return new FieldType.Name();
      case "id":
        return new FieldType.Identifier();
      case "population":
        return new FieldType.PopulationColumn();
      case "yes-no":
        return new FieldType.YesNo(vocabulary(m));
      case "scale":
        String scale = m.text("scale");
        if (!scale.isEmpty() && scales.stream().noneMatch(s -> s.id().equals(scale))) {
          ids.unknown("scale", scale, m.position());
        }
        return new FieldType.Ranked(scale);
      default:
        if (!type.isEmpty()) {
          diagnostics.error("R006", m.position(), Messages.get("ruleset.badChoice", "type", type, TYPES));
        }
        return new FieldType.Name();
    }
  }

  private String vocabulary(MapReader m) {
    if (!m.has("vocabulary")) {
      if (vocabularies.isEmpty()) {
        diagnostics.error("R004", m.position(), Messages.get("ruleset.missingKey", "vocabulary"));
        return "";
      }
      m.node("vocabulary");
      return vocabularies.get(0).id();
    }
    String id = m.text("vocabulary");
    if (vocabularies.stream().noneMatch(v -> v.id().equals(id))) {
      ids.unknown("vocabulary", id, m.position());
    }
    return id;
  }
}
