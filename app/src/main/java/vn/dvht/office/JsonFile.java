package vn.dvht.office;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.FileAccess;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.input.InputException;
import vn.dvht.json.Envelope;
import vn.dvht.json.ResultJson;

/**
 * A JSON document dvht wrote, read back: the tree, or a positioned error in the user's language (the
 * line and column Jackson stopped at, never its English), or that the document is not of the kind
 * wanted or of a {@code schemaVersion} this dvht does not know.
 */
final class JsonFile {
  /** The mapper dvht writes its documents with: numbers read back as written, never coerced from text. */
  private static final ObjectMapper JSON = ResultJson.MAPPER;

  private JsonFile() {}

  /** The document at {@code path}, whose {@code kind} must be {@code kind} (a missing kind reads as "result"). */
  static JsonNode read(Path path, String kind) throws InputException {
    String file = path.toString();
    JsonNode node;
    try {
      node = JSON.readTree(path.toFile());
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      SourcePosition where = at != null && at.getLineNr() > 0
          ? new SourcePosition.InText(file, at.getLineNr(), Math.max(1, at.getColumnNr()))
          : new SourcePosition.InFile(file);
      throw new InputException(Diagnostic.error("O140", where, Message.of("office.badJson")));
    } catch (IOException e) {
      throw new InputException(Diagnostic.error("I101", new SourcePosition.InFile(file), FileAccess.reason(e)));
    }
    if (node == null || !node.isObject() || !node.path(Envelope.KIND).asText("result").equals(kind)) {
      throw new InputException(Diagnostic.error("O141", new SourcePosition.InFile(file),
          Message.of("office.notKind", kind, node == null ? "" : node.path(Envelope.KIND).asText(""))));
    }
    if (node.path(Envelope.SCHEMA_VERSION).asInt(Envelope.VERSION) > Envelope.VERSION) {
      throw new InputException(Diagnostic.error("O142", new SourcePosition.InFile(file),
          Message.of("office.newerSchema", node.path(Envelope.SCHEMA_VERSION).asInt(), Envelope.VERSION)));
    }
    return node;
  }

  /**
   * The records of a list in the document ({@code units}, {@code absent}); a missing list has none. A value
   * of another kind than dvht writes is the same error as malformed JSON, at the document.
   */
  static <T> List<T> records(Path path, JsonNode root, String key, Class<T> type) throws InputException {
    List<T> records = new ArrayList<>();
    JsonNode list = root.path(key);
    for (int i = 0; i < list.size(); i++) {
      records.add(record(path, list.get(i), key + "[" + i + "]", type));
    }
    return records;
  }

  /**
   * The record of an object in the document at {@code place} ({@code units[3]}); a missing object reads as an
   * empty one, a value of a kind dvht never writes there is refused naming where it stands
   * ({@code units[3].levels[0].indicators[2].numerator}).
   */
  static <T> T record(Path path, JsonNode node, String place, Class<T> type) throws InputException {
    try {
      return JSON.treeToValue(node.isMissingNode() || node.isNull() ? JSON.createObjectNode() : node, type);
    } catch (JsonMappingException e) {
      StringBuilder at = new StringBuilder(place);
      for (JsonMappingException.Reference step : e.getPath()) {
        at.append(step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
      }
      throw new InputException(Diagnostic.error("O140", new SourcePosition.InFile(path.toString()),
          Message.of("office.badValue", at.toString())));
    } catch (JacksonException e) {
      throw new InputException(Diagnostic.error("O140", new SourcePosition.InFile(path.toString()),
          Message.of("office.badJson")));
    }
  }

  /** A text of a record, "" when the document has none. */
  static String text(String text) {
    return text == null ? "" : text;
  }

  /** A text field, "" when missing or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? "" : value.asText("");
  }
}
