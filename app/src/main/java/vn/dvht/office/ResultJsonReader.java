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

/**
 * Reads a result a unit sent as dvht's JSON ({@code dvht evaluate --json}, {@code --report json}): one
 * {@link SubmittedSummary} per unit in it, each row with where it stands in the document.
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
    List<SubmittedSummary> units = new ArrayList<>();
    JsonNode list = root.path("units");
    for (int u = 0; u < list.size(); u++) {
      units.add(unit(source, root, list.get(u), "units[" + u + "]"));
    }
    return units;
  }

  private static SubmittedSummary unit(Source source, JsonNode root, JsonNode unit, String place) {
    // Results from before schemaVersion 1 carried the ruleset at the top.
    JsonNode ruleset = unit.has("ruleset") ? unit.path("ruleset") : root.path("ruleset");
    Map<String, Long> members = new LinkedHashMap<>();
    unit.path("members").fields().forEachRemaining(e -> members.put(e.getKey(), e.getValue().asLong()));
    List<SubmittedIndicator> rows = new ArrayList<>();
    JsonNode levels = unit.path("levels");
    for (int l = 0; l < levels.size(); l++) {
      JsonNode level = levels.get(l);
      JsonNode indicators = level.path("indicators");
      for (int i = 0; i < indicators.size(); i++) {
        rows.add(row(JsonFile.text(level, "id"), indicators.get(i), place + ".levels[" + l + "].indicators[" + i + "]"));
      }
    }
    String levelOne = "";
    for (JsonNode p : unit.path("procedures")) {
      if (!JsonFile.text(p, "decided").isEmpty()) {
        levelOne = JsonFile.text(p, "decided");
      }
    }
    List<String> inputs = new ArrayList<>();
    unit.path("inputs").forEach(i -> inputs.add(JsonFile.text(i, "sha256")));
    return new SubmittedSummary(source, JsonFile.text(ruleset, "id"), JsonFile.text(ruleset, "sha256"),
        JsonFile.text(root, "dvht"), JsonFile.text(unit, "name"), JsonFile.text(unit, "authority"),
        JsonFile.text(unit, "unitType"), JsonFile.text(unit, "ownership"), unit.path("year").asInt(0), members, rows,
        JsonFile.text(unit, "level"), unit.has("eligibleLevel") ? JsonFile.text(unit, "eligibleLevel")
            : JsonFile.text(unit, "level"), levelOne, inputs, List.of(), List.of());
  }

  private static SubmittedIndicator row(String level, JsonNode row, String place) {
    boolean share = row.path("numerator").isNumber();
    JsonNode value = row.path("value");
    String answer = value.isBoolean() ? String.valueOf(value.asBoolean()) : value.isNull() || value.isMissingNode()
        ? "" : value.asText("");
    return new SubmittedIndicator(level, JsonFile.text(row, "id"), JsonFile.text(row, "status"),
        share ? row.path("numerator").asLong() : -1, share ? row.path("denominator").asLong() : -1, answer,
        JsonFile.text(row, "evidence"), place);
  }
}
