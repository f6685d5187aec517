package vn.dvht.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON of {@code dvht diff --json} (kind {@code diff} of {@code dvht schema result}):
 * {@code {schemaVersion, kind, dvht, before, after, same, units[{name, input, change, level?, levels[],
 * indicators[], members[]}]}}, written a unit at a time as the changes are made: {@link #start}, then
 * {@link #unit} for each, then {@link #end}.
 */
public final class DiffJsonRenderer {
  private final JsonGenerator json;

  private DiffJsonRenderer(JsonGenerator json) {
    this.json = json;
  }

  /** Opens the document: the two files as given, and whether the results are the same. */
  public static DiffJsonRenderer start(Writer out, String before, String after, boolean same) throws IOException {
    JsonGenerator json = JsonRenderer.generator(out);
    JsonRenderer.start(json, "diff", Stamp.toolVersion());
    json.writeStringField("before", before);
    json.writeStringField("after", after);
    json.writeBooleanField("same", same);
    json.writeArrayFieldStart("units");
    return new DiffJsonRenderer(json);
  }

  /** Closes the document. */
  public void end() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
  }

  /** One unit's changes. */
  public void unit(ResultDiff.UnitChange change) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", change.name());
    json.writeStringField("input", change.input());
    json.writeStringField("change", change.kind().key());
    if (change.kind() == ResultDiff.Kind.CHANGED && change.level().moved()) {
      json.writeObjectFieldStart("level");
      idOrNull("before", change.level().before());
      idOrNull("after", change.level().after());
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
      state("before", indicator.before());
      state("after", indicator.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("members");
    for (ResultDiff.MemberChange members : change.members()) {
      json.writeStartObject();
      json.writeStringField("indicator", members.indicator());
      strings("nowPassing", members.nowPassing());
      strings("nowFailing", members.nowFailing());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** An indicator's status, counts, share and value in one result (null where it has none). */
  private void state(String field, ComparedUnit.Indicator indicator) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("status", indicator.status());
    value("numerator", indicator.numerator());
    value("denominator", indicator.denominator());
    value("percent", indicator.percent());
    value("value", indicator.value());
    json.writeEndObject();
  }

  /** A value as the result wrote it; its numbers were checked to be small plain decimals when read. */
  private void value(String field, JsonNode value) throws IOException {
    json.writeFieldName(field);
    if (value.isIntegralNumber()) {
      json.writeNumber(value.longValue());
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

  private void idOrNull(String field, String id) throws IOException {
    if (id.isEmpty()) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, id);
    }
  }

  private void strings(String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
