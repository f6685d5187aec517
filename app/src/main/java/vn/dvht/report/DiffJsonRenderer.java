package vn.dvht.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON of {@code dvht diff --json} (kind {@code diff} of {@code dvht schema result}):
 * {@code {schemaVersion, kind, dvht, before, after, same, units[{name, change, level?, levels[], indicators[],
 * members[]}]}}.
 */
public final class DiffJsonRenderer {
  private DiffJsonRenderer() {}

  public static void render(Writer out, String before, String after, List<ResultDiff.UnitChange> changes)
      throws IOException {
    try (JsonGenerator json = JsonRenderer.generator(out)) {
      JsonRenderer.start(json, "diff", Stamp.toolVersion());
      json.writeStringField("before", before);
      json.writeStringField("after", after);
      json.writeBooleanField("same", ResultDiff.same(changes));
      json.writeArrayFieldStart("units");
      for (ResultDiff.UnitChange change : changes) {
        unit(json, change);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void unit(JsonGenerator json, ResultDiff.UnitChange change) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", change.name());
    json.writeStringField("change", change.kind().key());
    if (change.kind() == ResultDiff.Kind.CHANGED && change.level().moved()) {
      json.writeObjectFieldStart("level");
      idOrNull(json, "before", change.level().before());
      idOrNull(json, "after", change.level().after());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("levels");
    for (ResultDiff.LevelVerdict level : change.levels()) {
      json.writeStartObject();
      json.writeStringField("id", level.id());
      json.writeStringField("label", level.label());
      json.writeBooleanField("before", level.before());
      json.writeBooleanField("after", level.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("indicators");
    for (ResultDiff.IndicatorChange indicator : change.indicators()) {
      json.writeStartObject();
      json.writeStringField("id", indicator.id());
      json.writeStringField("level", indicator.level());
      state(json, "before", indicator.before());
      state(json, "after", indicator.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("members");
    for (ResultDiff.MemberChange members : change.members()) {
      json.writeStartObject();
      json.writeStringField("indicator", members.indicator());
      strings(json, "nowPassing", members.nowPassing());
      strings(json, "nowFailing", members.nowFailing());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** An indicator's status, counts, share and value in one result (null where it has none). */
  private static void state(JsonGenerator json, String field, JsonNode indicator) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("status", indicator.path("status").asText());
    for (String key : List.of("numerator", "denominator", "percent", "value")) {
      JsonNode value = indicator.path(key);
      json.writeFieldName(key);
      if (value.isIntegralNumber()) {
        json.writeNumber(value.bigIntegerValue());
      } else if (value.isNumber()) {
        json.writeNumber(value.decimalValue());
      } else if (value.isBoolean()) {
        json.writeBoolean(value.booleanValue());
      } else if (value.isTextual()) {
        json.writeString(value.textValue());
      } else {
        json.writeNull();
      }
    }
    json.writeEndObject();
  }

  private static void idOrNull(JsonGenerator json, String field, String id) throws IOException {
    if (id.isEmpty()) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, id);
    }
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
