package vn.dvht.ruleset;

import java.util.List;
import java.util.Map;
import vn.dvht.diag.SourcePosition;

/** A YAML/JSON value that remembers where it was written, so every error can point at it. */
sealed interface Node {
  SourcePosition.InText position();

  /** What a person would call this kind of value, for "expected … but found …" messages. */
  String kindKey();

  /** A mapping; keys keep their order and position. */
  record MapNode(SourcePosition.InText position, Map<String, Entry> entries) implements Node {
    @Override
    public String kindKey() {
      return "kind.map";
    }
  }

  /** One key of a mapping. */
  record Entry(String key, SourcePosition.InText keyPosition, Node value) {}

  /** A sequence. */
  record ListNode(SourcePosition.InText position, List<Node> items) implements Node {
    @Override
    public String kindKey() {
      return "kind.list";
    }
  }

  /** A scalar; {@code text} is its text, {@code type} says whether it was a number, a boolean, … */
  record Scalar(SourcePosition.InText position, String text, ScalarType type) implements Node {
    @Override
    public String kindKey() {
      return type == ScalarType.NULL ? "kind.null" : type == ScalarType.NUMBER ? "kind.number" : "kind.text";
    }
  }

  /** The kinds of scalar the parsers report. */
  enum ScalarType {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }
}
