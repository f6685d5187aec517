package vn.dvht.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One office document's content as named fields — "co_quan", "dia_danh_ngay", "dieu_1" — and tables
 * of rows of named fields ("danh_sach": stt, ten_don_vi, muc_do, thoi_han): the one map each document
 * is laid out from, dvht's own layout now and a province's DOCX form filled with the same names later.
 */
record OfficeForm(Map<String, String> fields, Map<String, List<Map<String, String>>> tables) {
  OfficeForm {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
  }

  /** A field's text; a field the document does not have is a bug. */
  String get(String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no field " + name);
    }
    return value;
  }

  List<Map<String, String>> table(String name) {
    return tables.getOrDefault(name, List.of());
  }

  /** A form being filled, fields and tables in the order they are added. */
  static final class Builder {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

    Builder put(String name, String value) {
      fields.put(name, value);
      return this;
    }

    Builder putAll(Map<String, String> values) {
      fields.putAll(values);
      return this;
    }

    Builder table(String name, List<Map<String, String>> rows) {
      tables.put(name, List.copyOf(rows));
      return this;
    }

    OfficeForm build() {
      return new OfficeForm(fields, tables);
    }
  }
}
