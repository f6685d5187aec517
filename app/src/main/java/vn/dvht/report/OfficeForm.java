package vn.dvht.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.dvht.docx.DocxForm;
import vn.dvht.model.OfficeDocument;
import vn.dvht.model.OfficeField;
import vn.dvht.model.OfficeField.Scope;
import vn.dvht.model.TemplateField;

/**
 * One office document's content as its named fields ({@link OfficeField}: "co_quan", "dia_danh_ngay",
 * "dieu_1"), its repeated rows by kind (the council's members, the units, each recognised unit's
 * indicators, the list by level, a letter's reasons) and its conditions: the one map each document is laid
 * out from, in dvht's own layout and in a province's form ({@link #values}).
 */
record OfficeForm(OfficeDocument document, Map<OfficeField, String> fields, Map<Scope, List<Row>> rows,
    Map<OfficeField, Boolean> conditions) {
  /** A blank the office fills by hand, highlighted in a province's form as in dvht's own layout. */
  private static final Pattern BLANKS = Pattern.compile("…+");

  OfficeForm {
    fields = Collections.unmodifiableMap(new EnumMap<>(fields));
    Map<Scope, List<Row>> copied = new EnumMap<>(Scope.class);
    rows.forEach((k, v) -> copied.put(k, List.copyOf(v)));
    rows = Collections.unmodifiableMap(copied);
    conditions = Collections.unmodifiableMap(new EnumMap<>(conditions));
  }

  /** One repeated row: its id, the id of the row it belongs to ("" for none), its fields. */
  record Row(String id, String parent, Map<OfficeField, String> values) {
    Row {
      values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    String get(OfficeField field) {
      String value = values.get(field);
      if (value == null) {
        throw new IllegalArgumentException("no field " + field.key());
      }
      return value;
    }
  }

  /** A field's text; a field the document does not have is a bug. */
  String get(OfficeField field) {
    String value = fields.get(field);
    if (value == null) {
      throw new IllegalArgumentException("no field " + field.key());
    }
    return value;
  }

  List<Row> rows(Scope kind) {
    return rows.getOrDefault(kind, List.of());
  }

  boolean holds(OfficeField condition) {
    return conditions.getOrDefault(condition, false);
  }

  /** The form's values for a province's form: every field, every row kind and condition of its document. */
  DocxForm.Values values() {
    Map<String, String> named = new LinkedHashMap<>();
    fields.forEach((f, v) -> named.put(f.key(), v));
    Map<Scope, Set<String>> keys = new EnumMap<>(Scope.class);
    Map<String, Boolean> namedConditions = new HashMap<>();
    for (OfficeField f : OfficeField.of(document)) {
      if (f.scope().repeats()) {
        keys.computeIfAbsent(f.scope(), s -> new java.util.LinkedHashSet<>()).add(f.key());
      } else if (f.scope() == Scope.CONDITION) {
        namedConditions.put(f.key(), holds(f));
      }
    }
    List<DocxForm.Rows> repeated = new ArrayList<>();
    keys.forEach((kind, names) -> repeated.add(new DocxForm.Rows(kind.name(), names, rows(kind).stream()
        .map(r -> new DocxForm.Item(r.id(), r.parent(), r.values().entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().key(), Map.Entry::getValue))))
        .toList(), kind.parent().map(Enum::name).orElse(""))));
    return new DocxForm.Values(TemplateField.PLACEHOLDER, named, repeated, namedConditions, BLANKS);
  }

  /** A document being filled; {@link #build} checks every field of the document has its value. */
  static final class Builder {
    private final OfficeDocument document;
    private final Map<OfficeField, String> fields = new EnumMap<>(OfficeField.class);
    private final Map<Scope, List<Row>> rows = new EnumMap<>(Scope.class);
    private final Map<OfficeField, Boolean> conditions = new EnumMap<>(OfficeField.class);

    Builder(OfficeDocument document) {
      this.document = document;
    }

    Builder put(OfficeField field, String value) {
      if (!field.in(document) || field.scope() != Scope.DOCUMENT) {
        throw new IllegalArgumentException(field.key() + " is not a field of the document " + document.key());
      }
      fields.put(field, value);
      return this;
    }

    /** A field already put. */
    String get(OfficeField field) {
      String value = fields.get(field);
      if (value == null) {
        throw new IllegalStateException("no value yet for " + field.key());
      }
      return value;
    }

    Builder condition(OfficeField field, boolean holds) {
      if (!field.in(document) || field.scope() != Scope.CONDITION) {
        throw new IllegalArgumentException(field.key() + " is not a condition of the document " + document.key());
      }
      conditions.put(field, holds);
      return this;
    }

    Builder rows(Scope kind, List<Row> items) {
      rows.put(kind, List.copyOf(items));
      return this;
    }

    OfficeForm build() {
      for (OfficeField f : OfficeField.of(document)) {
        boolean missing = f.scope() == Scope.DOCUMENT ? !fields.containsKey(f)
            : f.scope() == Scope.CONDITION && !conditions.containsKey(f);
        if (missing) {
          throw new IllegalStateException("the document " + document.key() + " has no value for " + f.key());
        }
      }
      return new OfficeForm(document, fields, rows, conditions);
    }
  }
}
