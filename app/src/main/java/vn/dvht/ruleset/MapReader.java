package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;

/**
 * Reads the keys of one mapping with type checks, remembering which keys were read so that
 * {@link #finish()} can report the rest as unknown. Problems are reported, never thrown; a
 * missing or ill-typed value comes back empty so reading can go on and find more problems.
 */
final class MapReader {
  private final Node.MapNode node;
  private final Diagnostics diagnostics;
  private final Set<String> read = new HashSet<>();

  private MapReader(Node.MapNode node, Diagnostics diagnostics) {
    this.node = node;
    this.diagnostics = diagnostics;
  }

  /** A reader for {@code node}, or empty after reporting that it is not a mapping. */
  static Optional<MapReader> of(Node node, Diagnostics diagnostics) {
    if (node instanceof Node.MapNode map) {
      return Optional.of(new MapReader(map, diagnostics));
    }
    wrongKind(node, "kind.map", diagnostics);
    return Optional.empty();
  }

  SourcePosition.InText position() {
    return node.position();
  }

  boolean has(String key) {
    return node.entries().containsKey(key);
  }

  Optional<Node> node(String key) {
    read.add(key);
    Node.Entry entry = node.entries().get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  Optional<Node> require(String key) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      diagnostics.error("R004", node.position(), Messages.get("ruleset.missingKey", key));
    }
    return value;
  }

  /** A required text value; "" after a reported problem. */
  String text(String key) {
    return require(key).flatMap(this::scalarText).orElse("");
  }

  Optional<String> optionalText(String key) {
    return node(key).flatMap(this::scalarText);
  }

  String text(String key, String fallback) {
    return optionalText(key).orElse(fallback);
  }

  /** A list of texts; a single text is accepted as a list of one. */
  List<String> texts(String key) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof Node.Scalar) {
      return scalarText(value.get()).map(List::of).orElse(List.of());
    }
    List<String> texts = new ArrayList<>();
    for (Node item : list(value.get())) {
      scalarText(item).ifPresent(texts::add);
    }
    return texts;
  }

  /** The items of a list value; empty if absent. */
  List<Node> items(String key) {
    return node(key).map(this::list).orElse(List.of());
  }

  Optional<BigDecimal> number(String key) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof Node.Scalar s && s.type() == Node.ScalarType.NUMBER) {
      return Optional.of(new BigDecimal(s.text()));
    }
    wrongKind(value.get(), "kind.number", diagnostics);
    return Optional.empty();
  }

  Optional<Integer> integer(String key) {
    return number(key).flatMap(n -> {
      try {
        return Optional.of(n.intValueExact());
      } catch (ArithmeticException e) {
        wrongKind(node.entries().get(key).value(), "kind.integer", diagnostics);
        return Optional.empty();
      }
    });
  }

  boolean bool(String key, boolean fallback) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      return fallback;
    }
    if (value.get() instanceof Node.Scalar s && s.type() == Node.ScalarType.BOOLEAN) {
      return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
    }
    wrongKind(value.get(), "kind.boolean", diagnostics);
    return fallback;
  }

  Optional<LocalDate> date(String key) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> text = scalarText(value.get());
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      diagnostics.error("R005", value.get().position(), Messages.get("ruleset.badDate", text.get()));
      return Optional.empty();
    }
  }

  /** Reports every key that no one asked for. */
  void finish() {
    for (Node.Entry entry : node.entries().values()) {
      if (!read.contains(entry.key())) {
        diagnostics.error("R003", entry.keyPosition(), Messages.get("ruleset.unknownKey", entry.key(), expectedKeys()));
      }
    }
  }

  private String expectedKeys() {
    return String.join(", ", read.stream().sorted().toList());
  }

  List<Node> list(Node value) {
    if (value instanceof Node.ListNode list) {
      return list.items();
    }
    wrongKind(value, "kind.list", diagnostics);
    return List.of();
  }

  Optional<String> scalarText(Node value) {
    if (value instanceof Node.Scalar s && s.type() != Node.ScalarType.NULL) {
      return Optional.of(s.text());
    }
    wrongKind(value, "kind.text", diagnostics);
    return Optional.empty();
  }

  static void wrongKind(Node value, String expectedKey, Diagnostics diagnostics) {
    diagnostics.error("R005", value.position(),
        Messages.get("ruleset.wrongKind", Messages.get(expectedKey), Messages.get(value.kindKey())));
  }
}
