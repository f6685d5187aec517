package vn.dvht.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import vn.dvht.json.Envelope;

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
    json.writeArrayFieldStart(Envelope.UNITS);
    return new DiffJsonRenderer(json);
  }

  /** Closes the document. */
  public void end() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
  }

  /** One unit's changes, as one {@link Unit}. */
  public void unit(ResultDiff.UnitChange change) throws IOException {
    LevelMove level = change.kind() == ResultDiff.Kind.CHANGED && change.level().moved()
        ? new LevelMove(idOrNull(change.level().before()), idOrNull(change.level().after())) : null;
    json.writeObject(new Unit(change.name(), change.input(), change.kind().key(), level, change.levels(),
        change.indicators().stream().map(i -> new Indicator(i.id(), i.level(), State.of(i.before()), State.of(i.after())))
            .toList(), change.members()));
  }

  /**
   * A unit of the diff: its name and input, whether it is new, gone or changed, how its level moved (only
   * when it did), each level's verdict before and after, each indicator that changed, the members that did.
   */
  record Unit(String name, String input, String change, @JsonInclude(Include.NON_NULL) LevelMove level,
      List<ResultDiff.LevelVerdict> levels, List<Indicator> indicators, List<ResultDiff.MemberChange> members) {}

  /** The level reached before and after (null for none). */
  record LevelMove(String before, String after) {}

  /** An indicator that changed: its level, and its state in each result. */
  record Indicator(String id, String level, State before, State after) {}

  /** An indicator's status, counts, share and value in one result (null where it has none). */
  record State(String status, JsonNode numerator, JsonNode denominator, JsonNode percent, JsonNode value) {
    static State of(ComparedUnit.Indicator indicator) {
      return new State(indicator.status(), indicator.numerator(), indicator.denominator(), indicator.percent(),
          indicator.value());
    }
  }

  private static String idOrNull(String id) {
    return id.isEmpty() ? null : id;
  }
}
