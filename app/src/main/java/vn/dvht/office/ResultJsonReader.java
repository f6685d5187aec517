package vn.dvht.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.FileAccess;
import vn.dvht.diag.Message;
import vn.dvht.diag.Sha256;
import vn.dvht.diag.SourcePosition;
import vn.dvht.input.InputException;
import vn.dvht.json.Envelope;
import vn.dvht.json.ResultJson;

/**
 * Reads a result a unit sent as dvht's JSON ({@code dvht evaluate --json}, {@code --report json}): one
 * {@link SubmittedSummary} per unit in it, each read into the {@link ResultJson} records dvht writes it from,
 * each row with where it stands in the document. A value of another kind than dvht writes (a share's count
 * as text, {@code 1e999999}) is refused as malformed (O140), never read as a number.
 */
public final class ResultJsonReader {
  private ResultJsonReader() {}

  public static List<SubmittedSummary> read(Path path) throws InputException {
    JsonNode root = JsonFile.read(path, "result");
    String sha;
    try {
      sha = Sha256.of(path);
    } catch (IOException e) {
      throw new InputException(Diagnostic.error("I101", new SourcePosition.InFile(path.toString()), FileAccess.reason(e)));
    }
    Source source = new Source(Source.Kind.JSON, path.toString(), sha);
    // Results from before schemaVersion 1 carried the ruleset at the top.
    ResultJson.RulesetRef top = JsonFile.record(path, root.path("ruleset"), "ruleset",
        ResultJson.RulesetRef.class);
    String dvht = JsonFile.text(root, Envelope.DVHT);
    List<ResultJson.Unit> list = JsonFile.records(path, root, Envelope.UNITS, ResultJson.Unit.class);
    List<SubmittedSummary> units = new ArrayList<>();
    for (int u = 0; u < list.size(); u++) {
      ResultJson.Unit unit = list.get(u);
      units.add(unit(path, source, unit, unit.ruleset() != null ? unit.ruleset() : top, dvht, "units[" + u + "]"));
    }
    return units;
  }

  private static SubmittedSummary unit(Path path, Source source, ResultJson.Unit unit, ResultJson.RulesetRef ruleset,
      String dvht, String place) throws InputException {
    Map<String, Long> members = new LinkedHashMap<>();
    if (unit.members() != null) {
      unit.members().forEach((population, count) -> members.put(population, count == null ? 0 : count));
    }
    List<SubmittedIndicator> rows = new ArrayList<>();
    List<ResultJson.Level> levels = listOf(unit.levels());
    for (int l = 0; l < levels.size(); l++) {
      ResultJson.Level level = levels.get(l);
      for (int i = 0; i < level.indicators().size(); i++) {
        rows.add(row(path, JsonFile.text(level.id()), level.indicators().get(i),
            place + ".levels[" + l + "].indicators[" + i + "]"));
      }
    }
    String levelOne = "";
    for (ResultJson.Procedure procedure : listOf(unit.procedures())) {
      if (!JsonFile.text(procedure.decided()).isEmpty()) {
        levelOne = procedure.decided();
      }
    }
    List<String> inputs = listOf(unit.inputs()).stream().map(i -> JsonFile.text(i.sha256())).toList();
    String level = JsonFile.text(unit.level());
    return new SubmittedSummary(source, JsonFile.text(ruleset.id()), JsonFile.text(ruleset.sha256()), dvht,
        JsonFile.text(unit.name()), JsonFile.text(unit.authority()), JsonFile.text(unit.unitType()),
        JsonFile.text(unit.ownership()), unit.year(), members, rows, level,
        unit.eligibleLevel() != null ? unit.eligibleLevel() : level, levelOne, inputs, List.of(), List.of());
  }

  /**
   * A row as the unit's result gives it: a share with its counts (both whole numbers, or the row is refused
   * where it stands), or a unit fact with its answer as text.
   */
  private static SubmittedIndicator row(Path path, String level, ResultJson.Indicator row, String place)
      throws InputException {
    boolean share = row.numerator() != null && !row.numerator().isNull();
    JsonNode value = row.value();
    String answer = value == null || value.isNull() ? "" : value.asText();
    return new SubmittedIndicator(level, JsonFile.text(row.id()), JsonFile.text(row.status()),
        share ? count(path, row.numerator(), place + ".numerator") : -1,
        share ? count(path, row.denominator(), place + ".denominator") : -1, answer, JsonFile.text(row.evidence()),
        place);
  }

  /** A count of a share: a whole number, not negative. */
  private static long count(Path path, JsonNode count, String place) throws InputException {
    if (count == null || !count.isIntegralNumber() || count.asLong() < 0) {
      throw new InputException(Diagnostic.error("O140", new SourcePosition.InFile(path.toString()),
          Message.of("office.badCount", place, count == null ? "" : count.toString())));
    }
    return count.asLong();
  }

  /** A list the document may leave out. */
  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }
}
