package vn.dvht.ruleset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;

/**
 * Parses YAML or JSON text into {@link Node}s with positions. Duplicate keys are reported (the
 * first one wins); syntax errors, YAML aliases (so no alias bomb can expand), excessive nesting
 * and a second document end the parse with one positioned diagnostic.
 */
final class TreeReader {
  static final int MAX_DEPTH = 40;
  /** The JSON parser's own limit: only a backstop, {@link #MAX_DEPTH} is reached first and reported better. */
  private static final int PARSER_MAX_DEPTH = MAX_DEPTH + 10;

  private final String file;
  private final Diagnostics diagnostics;

  TreeReader(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The root node, or empty after reporting why there is none. */
  Optional<Node> read(String text, boolean json) {
    try {
      return Optional.of(parse(text, json));
    } catch (Stop e) {
      diagnostics.add(e.diagnostic);
      return Optional.empty();
    }
  }

  private Node parse(String text, boolean json) throws Stop {
    try (JsonParser parser = factory(json).createParser(text)) {
      try {
        return root(parser);
      } catch (StreamConstraintsException e) {
        // Nesting stops at MAX_DEPTH first: what is left is a number or a key name of absurd length.
        throw new Stop("R001", position(parser.currentLocation()), Message.of("ruleset.tooLong",
            StreamReadConstraints.DEFAULT_MAX_NUM_LEN, StreamReadConstraints.DEFAULT_MAX_NAME_LEN));
      }
    } catch (Stop e) {
      throw e;
    } catch (JsonProcessingException e) {
      SyntaxProblem problem = SyntaxProblem.of(file, e, json);
      throw new Stop("R001", problem.position(), problem.message());
    } catch (IOException | RuntimeException e) {
      // Anything else the parsers throw: still one positioned diagnostic, never a stack trace.
      String detail = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
      throw new Stop("R001", start(), Message.of("ruleset.syntax", json ? "JSON" : "YAML", detail));
    }
  }

  /** The one document of the text. */
  private Node root(JsonParser parser) throws IOException {
    if (parser.nextToken() == null) {
      throw new Stop("R001", start(), Message.of("ruleset.empty"));
    }
    Node root = readValue(parser, 0);
    if (root instanceof Node.Scalar s && (s.type() == Node.ScalarType.NULL || s.text().isEmpty())) {
      throw new Stop("R001", start(), Message.of("ruleset.empty"));
    }
    if (parser.nextToken() != null) {
      throw new Stop("R001", position(parser.currentTokenLocation()), Message.of("ruleset.trailing"));
    }
    return root;
  }

  /**
   * The parser for the text. SnakeYAML's own defaults already lie beyond what the loader lets through (no
   * recursive keys, 50 levels against {@link #MAX_DEPTH}, 3 M code points against {@link RulesetLoader#MAX_BYTES}:
   * {@code TreeReaderTest} keeps them so); JSON's nesting limit is only a backstop.
   */
  private static JsonFactory factory(boolean json) {
    if (json) {
      return JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PARSER_MAX_DEPTH).build())
          .build();
    }
    // The builder starts from no parser features, so "key:" with no value would read as "" instead of null.
    return YAMLFactory.builder().loaderOptions(new LoaderOptions()).enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .build();
  }

  private Node readValue(JsonParser parser, int depth) throws IOException {
    SourcePosition.InText at = position(parser.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      throw new Stop("R014", at, Message.of("ruleset.tooDeep", MAX_DEPTH));
    }
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // Jackson hands an alias over as the anchor's name; expanding it is how alias bombs explode.
      throw new Stop("R018", at, Message.of("ruleset.alias", parser.getText()));
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
        SourcePosition.InText first = previous.keyPosition();
        diagnostics.error("R002", keyAt, Message.of("ruleset.duplicateKey", key, first.line(), first.column()));
      } else {
        entries.put(key, new Node.Entry(key, keyAt, value));
      }
    }
    return new Node.MapNode(at, entries);
  }

  private SourcePosition.InText start() {
    return new SourcePosition.InText(file, 1, 1);
  }

  private SourcePosition.InText position(JsonLocation location) {
    return new SourcePosition.InText(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /** A problem that ends the parse. */
  private static final class Stop extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    Stop(String code, SourcePosition.InText position, Message message) {
      super(message.vietnamese());
      this.diagnostic = Diagnostic.error(code, position, message);
    }
  }
}
