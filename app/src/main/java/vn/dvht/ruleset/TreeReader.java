package vn.dvht.ruleset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;

/**
 * Parses YAML or JSON text into {@link Node}s with positions. Duplicate keys are reported (the
 * first one wins); syntax errors, alias bombs and excessive nesting end the parse with one
 * positioned diagnostic.
 */
final class TreeReader {
  static final int MAX_DEPTH = 40;
  private static final int MAX_ALIASES = 20;
  private static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  private final String file;
  private final Diagnostics diagnostics;

  TreeReader(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** Returns the root node, or null after reporting why there is none. */
  Node read(String text, boolean json) {
    try (JsonParser parser = factory(json).createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        diagnostics.error("R001", new SourcePosition.InText(file, 1, 1), Messages.get("ruleset.empty"));
        return null;
      }
      return readValue(parser, 0);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      diagnostics.error("R001", new SourcePosition.InText(file, line, column),
          Messages.get("ruleset.syntax", firstLine(e.getOriginalMessage())));
      return null;
    } catch (DepthException e) {
      diagnostics.error("R014", e.position, Messages.get("ruleset.tooDeep", MAX_DEPTH));
      return null;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports alias bombs and limits as runtime exceptions.
      diagnostics.error("R001", new SourcePosition.InText(file, 1, 1),
          Messages.get("ruleset.syntax", firstLine(String.valueOf(e.getMessage()))));
      return null;
    }
  }

  private static JsonFactory factory(boolean json) {
    if (json) {
      return JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
          .build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setCodePointLimit(MAX_CODE_POINTS);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  private Node readValue(JsonParser parser, int depth) throws IOException {
    SourcePosition.InText at = position(parser.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      throw new DepthException(at);
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readMap(parser, depth, at);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, depth + 1));
        }
        return new Node.ListNode(at, items);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(at, parser.getText(), Node.ScalarType.NUMBER);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(at, parser.getText(), Node.ScalarType.BOOLEAN);
      case VALUE_NULL:
        return new Node.Scalar(at, "", Node.ScalarType.NULL);
      default:
        return new Node.Scalar(at, parser.getText(), Node.ScalarType.STRING);
    }
  }

  private Node readMap(JsonParser parser, int depth, SourcePosition.InText at) throws IOException {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourcePosition.InText keyAt = position(parser.currentTokenLocation());
      parser.nextToken();
      Node value = readValue(parser, depth + 1);
      Node.Entry previous = entries.get(key);
      if (previous != null) {
        diagnostics.error("R002", keyAt, Messages.get("ruleset.duplicateKey", key, previous.keyPosition().line()));
      } else {
        entries.put(key, new Node.Entry(key, keyAt, value));
      }
    }
    return new Node.MapNode(at, entries);
  }

  private SourcePosition.InText position(JsonLocation location) {
    return new SourcePosition.InText(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.strip();
    int newline = line.indexOf('\n');
    return newline < 0 ? line : line.substring(0, newline).strip();
  }

  /** Nesting deeper than any ruleset needs. */
  private static final class DepthException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition.InText position;

    DepthException(SourcePosition.InText position) {
      super("too deep");
      this.position = position;
    }
  }
}
