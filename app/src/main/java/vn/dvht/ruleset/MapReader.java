package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;

/**
 * Reads the keys of one mapping with type checks, remembering which keys were read so that
 * {@link #finish()} can report the rest as unknown. Problems are reported, never thrown; a
 * missing or ill-typed value comes back empty so reading can go on and find more problems.
 */
final class MapReader {
  static final int MAX_INTEGER_DIGITS = 12;
  static final int MAX_FRACTION_DIGITS = 6;
  /** What the parsers call a number in decimal notation, of any size. */
  private static final Pattern LOOSE_NUMBER = Pattern.compile("[-+]?\\d*(\\.\\d*)?([eE][-+]?\\d+)?");
  /** A decimal short enough to build as a BigDecimal before its digits are counted. */
  private static final Pattern BOUNDED_NUMBER = Pattern.compile("[-+]?\\d{1,40}(\\.\\d{0,40})?([eE][-+]?\\d{1,2})?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");

  private final Node.MapNode node;
  private final Diagnostics diagnostics;
  private final Set<String> read = new LinkedHashSet<>();

  private MapReader(Node.MapNode node, Diagnostics diagnostics) {
    this.node = node;
    this.diagnostics = diagnostics;
  }

  /** A reader for the whole document, or empty after reporting that it is not a mapping. */
  static Optional<MapReader> root(Node node, Diagnostics diagnostics) {
    return of(node, Message.of("what.root"), diagnostics);
  }

  private static Optional<MapReader> of(Node node, Message what, Diagnostics diagnostics) {
    if (node instanceof Node.MapNode map) {
      return Optional.of(new MapReader(map, diagnostics));
    }
    wrongKind(node, what, "kind.map", diagnostics);
    return Optional.empty();
  }

  SourcePosition.InText position() {
    return node.position();
  }

  /** Where the value of {@code key} is written, or where this mapping starts if it has no such key. */
  SourcePosition.InText positionOf(String key) {
    Node.Entry entry = node.entries().get(key);
    return entry == null ? node.position() : entry.value().position();
  }

  boolean has(String key) {
    return node.entries().containsKey(key);
  }

  /** Marks {@code key} as known without reading it. */
  void allow(String... keys) {
    read.addAll(List.of(keys));
  }

  Optional<Node> node(String key) {
    read.add(key);
    Node.Entry entry = node.entries().get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  Optional<Node> require(String key) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      diagnostics.error("R004", node.position(), Message.of("ruleset.missingKey", key));
    }
    return value;
  }

  /** The mapping under {@code key}; empty if absent (or, when {@code required}, after reporting it). */
  Optional<MapReader> map(String key, boolean required) {
    Optional<Node> value = required ? require(key) : node(key);
    return value.flatMap(v -> of(v, quoted(key), diagnostics));
  }

  /** A reader for each mapping in the list under {@code key}; other items are reported. */
  List<MapReader> maps(String key) {
    List<MapReader> maps = new ArrayList<>();
    for (Node item : items(key)) {
      of(item, Message.of("what.item", key), diagnostics).ifPresent(maps::add);
    }
    return maps;
  }

  /** A reader for one item of the list under {@code key} that is a mapping; other items are reported. */
  Optional<MapReader> item(Node item, String key) {
    return of(item, Message.of("what.item", key), diagnostics);
  }

  /** A required, non-blank text value; "" after a reported problem. */
  String text(String key) {
    Optional<Node> value = require(key);
    Optional<String> text = value.flatMap(v -> scalarText(v, quoted(key)));
    if (text.isPresent() && text.get().isBlank()) {
      diagnostics.error("R005", value.get().position(), Message.of("ruleset.blank", key));
      return "";
    }
    return text.orElse("");
  }

  Optional<String> optionalText(String key) {
    return node(key).flatMap(v -> scalarText(v, quoted(key)));
  }

  String text(String key, String fallback) {
    return optionalText(key).orElse(fallback);
  }

  /** A list of texts; a single text is accepted as a list of one. */
  List<String> texts(String key) {
    return scalars(key).stream().map(Node.Scalar::text).toList();
  }

  /** Like {@link #texts} but keeping where each text is written. */
  List<Node.Scalar> scalars(String key) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof Node.Scalar) {
      return scalar(value.get(), quoted(key)).map(List::of).orElse(List.of());
    }
    List<Node.Scalar> scalars = new ArrayList<>();
    for (Node item : list(value.get(), key)) {
      scalar(item, Message.of("what.item", key)).ifPresent(scalars::add);
    }
    return scalars;
  }

  /** The items of a list value; empty if absent. */
  List<Node> items(String key) {
    return node(key).map(v -> list(v, key)).orElse(List.of());
  }

  /** The number under {@code key}; empty if absent (or, when {@code required}, after reporting it). */
  Optional<BigDecimal> number(String key, boolean required) {
    Optional<Node> value = required ? require(key) : node(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof Node.Scalar s && s.type() == Node.ScalarType.NUMBER && LOOSE_NUMBER.matcher(s.text()).matches()) {
      return decimal(s, diagnostics);
    }
    // YAML numbers such as 0x5A, 1_000 or .inf: not something a threshold should be written as.
    if (value.get() instanceof Node.Scalar s && DECIMAL_COMMA.matcher(s.text().strip()).matches()) {
      diagnostics.error("R005", value.get().position(), Message.of("ruleset.decimalComma", s.text().strip(),
          s.text().strip().replace(',', '.')));
    } else {
      wrongKind(value.get(), quoted(key), "kind.number", diagnostics);
    }
    return Optional.empty();
  }

  /**
   * A number as a bounded decimal: at most {@value #MAX_INTEGER_DIGITS} digits before the point and
   * {@value #MAX_FRACTION_DIGITS} after it, checked on the text so that {@code 1e999999999} is
   * reported at its place instead of exhausting memory in the first comparison.
   */
  static Optional<BigDecimal> decimal(Node.Scalar s, Diagnostics diagnostics) {
    Matcher m = BOUNDED_NUMBER.matcher(s.text().strip());
    if (m.matches()) {
      BigDecimal value = new BigDecimal(s.text().strip()).stripTrailingZeros();
      int fraction = Math.max(0, value.scale());
      int integer = value.signum() == 0 ? 0 : value.precision() - value.scale();
      if (fraction <= MAX_FRACTION_DIGITS && integer <= MAX_INTEGER_DIGITS) {
        return Optional.of(value.setScale(fraction)); // 1E+2 as 100, never in exponent form
      }
    }
    diagnostics.error("R024", s.position(), Message.of("ruleset.numberBounds", shortened(s.text()),
        MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS));
    return Optional.empty();
  }

  Optional<Integer> integer(String key, boolean required) {
    return number(key, required).flatMap(n -> {
      try {
        return Optional.of(n.intValueExact());
      } catch (ArithmeticException e) {
        wrongKind(node.entries().get(key).value(), quoted(key), "kind.integer", diagnostics);
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
    wrongKind(value.get(), quoted(key), "kind.boolean", diagnostics);
    return fallback;
  }

  Optional<LocalDate> date(String key) {
    Optional<Node> value = node(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> text = scalarText(value.get(), quoted(key));
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      diagnostics.error("R005", value.get().position(), Message.of("ruleset.badDate", text.get()));
      return Optional.empty();
    }
  }

  /** Reports that {@code value}, read from {@code key}, is none of the {@code choices}. */
  void badChoice(String key, String value, List<String> choices) {
    String list = String.join(", ", choices);
    Message message = Spelling.closest(value, choices)
        .map(guess -> Message.of("ruleset.badChoiceGuess", key, value, guess, list))
        .orElseGet(() -> Message.of("ruleset.badChoice", key, value, list));
    diagnostics.error("R006", positionOf(key), message);
  }

  /** Reports every key that no one asked for, suggesting the known key it was probably meant to be. */
  void finish() {
    for (Node.Entry entry : node.entries().values()) {
      if (!read.contains(entry.key())) {
        String known = String.join(", ", read.stream().sorted().toList());
        if (entry.key().matches("\\d{1,9}")) {
          diagnostics.error("R003", entry.keyPosition(), Message.of("ruleset.unknownKeyDigits", entry.key()));
          continue;
        }
        Message message = Spelling.closest(entry.key(), read)
            .map(guess -> Message.of("ruleset.unknownKeyGuess", entry.key(), guess, known))
            .orElseGet(() -> Message.of("ruleset.unknownKey", entry.key(), known));
        diagnostics.error("R003", entry.keyPosition(), message);
      }
    }
  }

  private List<Node> list(Node value, String key) {
    if (value instanceof Node.ListNode list) {
      return list.items();
    }
    wrongKind(value, quoted(key), "kind.list", diagnostics);
    return List.of();
  }

  private Optional<String> scalarText(Node value, Message what) {
    return scalar(value, what).map(Node.Scalar::text);
  }

  private Optional<Node.Scalar> scalar(Node value, Message what) {
    if (value instanceof Node.Scalar s && s.type() != Node.ScalarType.NULL) {
      return Optional.of(s);
    }
    wrongKind(value, what, "kind.text", diagnostics);
    return Optional.empty();
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 30) + "…";
  }

  private static Message quoted(String key) {
    return Message.of("what.key", key);
  }

  /** Reports that {@code value}, described by {@code what}, is not of the expected kind. */
  private static void wrongKind(Node value, Message what, String expectedKey, Diagnostics diagnostics) {
    Message expected = Message.of(expectedKey);
    if (value instanceof Node.Scalar s && s.type() == Node.ScalarType.NULL) {
      diagnostics.error("R005", value.position(), Message.of("ruleset.noValue", what, expected));
      return;
    }
    Message found =
        value instanceof Node.Scalar s ? Message.of("what.value", s.text()) : Message.of(value.kindKey());
    diagnostics.error("R005", value.position(), Message.of("ruleset.wrongKind", what, expected, found));
  }
}
