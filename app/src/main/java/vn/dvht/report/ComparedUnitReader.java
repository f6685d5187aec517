package vn.dvht.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.dvht.diag.Wording;

/**
 * Reads one unit of a result from a streaming parser, keeping only what {@code dvht diff} compares and
 * checking it as it goes: every value of the kind dvht writes, every number a plain decimal of at most
 * 12 digits before the point and 6 after (as ruleset numbers are, ADR 7: {@code 1e999999} is refused at
 * its line and column, never turned into a number), and no list or text longer than any dvht writes.
 * Everything else in the unit is skipped unread.
 */
final class ComparedUnitReader {
  static final int MAX_LEVELS = 100;
  static final int MAX_INDICATORS = 10_000;
  static final int MAX_GAPS = 10_000;
  /** Ten times the failing members a result lists per indicator (Evaluator.GAP_LIMIT). */
  static final int MAX_MEMBERS = 100_000;
  /**
   * Characters of text kept for one unit (40 MB): three times what the largest unit dvht writes needs — a
   * million members, 10,000 failing ones listed for each of some fifteen indicators.
   */
  static final long MAX_CHARS = 20_000_000;
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,11})(\\.[0-9]{1,6})?");

  private final JsonParser parser;
  private final String file;
  private final boolean members;
  private long chars;

  /** Reads from {@code parser}, naming {@code file} in messages; without {@code members}, failing members are skipped. */
  ComparedUnitReader(JsonParser parser, String file, boolean members) {
    this.parser = parser;
    this.file = file;
    this.members = members;
  }

  private interface Item {
    void read(String path) throws IOException, ResultFile.Invalid;
  }

  /** The unit whose opening brace is the current token; {@code path} names it in messages ({@code units[3]}). */
  ComparedUnit read(Wording words, String path) throws IOException, ResultFile.Invalid {
    expect(words, JsonToken.START_OBJECT, path, "object");
    String input = "";
    String name = "";
    String level = "";
    List<ComparedUnit.Level> levels = new ArrayList<>();
    List<ComparedUnit.Gap> gaps = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "input" -> input = text(words, path + ".input", false);
        case "name" -> name = text(words, path + ".name", false);
        case "level" -> level = text(words, path + ".level", true);
        case "levels" -> array(words, path + ".levels", MAX_LEVELS, at -> levels.add(level(words, at)));
        case "gaps" -> {
          if (members) {
            array(words, path + ".gaps", MAX_GAPS, at -> gaps.add(gap(words, at)));
          } else {
            parser.skipChildren();
          }
        }
        default -> parser.skipChildren();
      }
    }
    return new ComparedUnit(input, name, level, levels, gaps);
  }

  private ComparedUnit.Level level(Wording words, String path) throws IOException, ResultFile.Invalid {
    expect(words, JsonToken.START_OBJECT, path, "object");
    String id = "";
    String label = "";
    boolean reached = false;
    boolean counted = false;
    boolean hasCounted = false;
    List<ComparedUnit.Indicator> indicators = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "id" -> id = text(words, path + ".id", false);
        case "label" -> label = text(words, path + ".label", false);
        case "reached" -> reached = bool(words, path + ".reached");
        case "counted" -> {
          counted = bool(words, path + ".counted");
          hasCounted = true;
        }
        case "indicators" -> array(words, path + ".indicators", MAX_INDICATORS, at -> indicators.add(indicator(words, at)));
        default -> parser.skipChildren();
      }
    }
    // The level decision's verdict (with every lower level); a result written before "counted" has its own.
    return new ComparedUnit.Level(id, label, hasCounted ? counted : reached, indicators);
  }

  private ComparedUnit.Indicator indicator(Wording words, String path) throws IOException, ResultFile.Invalid {
    expect(words, JsonToken.START_OBJECT, path, "object");
    String id = "";
    String status = "";
    JsonNode[] values = {NullNode.instance, NullNode.instance, NullNode.instance, NullNode.instance};
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "id" -> id = text(words, path + ".id", false);
        case "status" -> status = text(words, path + ".status", false);
        case "numerator" -> values[0] = number(words, path + ".numerator");
        case "denominator" -> values[1] = number(words, path + ".denominator");
        case "percent" -> values[2] = number(words, path + ".percent");
        case "value" -> values[3] = value(words, path + ".value");
        default -> parser.skipChildren();
      }
    }
    return new ComparedUnit.Indicator(id, status, values[0], values[1], values[2], values[3]);
  }

  private ComparedUnit.Gap gap(Wording words, String path) throws IOException, ResultFile.Invalid {
    expect(words, JsonToken.START_OBJECT, path, "object");
    String indicator = "";
    List<String> failing = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "indicator" -> indicator = text(words, path + ".indicator", false);
        case "members" -> array(words, path + ".members", MAX_MEMBERS, at -> failing.add(member(words, at)));
        default -> parser.skipChildren();
      }
    }
    return new ComparedUnit.Gap(indicator, failing);
  }

  /** A failing member as the diff names it: by its identifier when it has one, beside its name. */
  private String member(Wording words, String path) throws IOException, ResultFile.Invalid {
    expect(words, JsonToken.START_OBJECT, path, "object");
    String name = "";
    String id = "";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "name" -> name = text(words, path + ".name", false);
        case "id" -> id = text(words, path + ".id", true);
        default -> parser.skipChildren();
      }
    }
    return id.isEmpty() ? name : name + " (" + id + ")";
  }

  private void array(Wording words, String path, int most, Item item) throws IOException, ResultFile.Invalid {
    expect(words, JsonToken.START_ARRAY, path, "array");
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      if (i == most) {
        throw invalid(words, "diff.tooMany", path, most);
      }
      item.read(path + "[" + i + "]");
    }
  }

  /** A string ("" for null where {@code nullable}), counted against the unit's characters. */
  private String text(Wording words, String path, boolean nullable) throws IOException, ResultFile.Invalid {
    if (nullable && parser.currentToken() == JsonToken.VALUE_NULL) {
      return "";
    }
    expect(words, JsonToken.VALUE_STRING, path, "text");
    String text = parser.getText();
    chars += text.length();
    if (chars > MAX_CHARS) {
      throw invalid(words, "diff.tooLarge", path, MAX_CHARS);
    }
    return text;
  }

  private boolean bool(Wording words, String path) throws IOException, ResultFile.Invalid {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw kind(words, path, "bool");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** A count or a share: a bounded plain decimal, or null. */
  private JsonNode number(Wording words, String path) throws IOException, ResultFile.Invalid {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return NullNode.instance;
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw kind(words, path, "number");
    }
    String text = parser.getText();
    if (!NUMBER.matcher(text).matches()) {
      throw invalid(words, "diff.badNumber", path, text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
    return text.indexOf('.') < 0 ? LongNode.valueOf(Long.parseLong(text)) : DecimalNode.valueOf(new BigDecimal(text));
  }

  /** A unit fact's value: a number as {@link #number} reads one, a string, true or false, or null. */
  private JsonNode value(Wording words, String path) throws IOException, ResultFile.Invalid {
    return switch (parser.currentToken()) {
      case VALUE_STRING -> TextNode.valueOf(text(words, path, false));
      case VALUE_TRUE, VALUE_FALSE -> BooleanNode.valueOf(bool(words, path));
      case VALUE_NULL, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(words, path);
      default -> throw kind(words, path, "value");
    };
  }

  private void expect(Wording words, JsonToken token, String path, String kind) throws ResultFile.Invalid {
    if (parser.currentToken() != token) {
      throw kind(words, path, kind);
    }
  }

  private ResultFile.Invalid kind(Wording words, String path, String kind) {
    return invalid(words, "diff.badValue", path, words.get("diff.kind." + kind));
  }

  private ResultFile.Invalid invalid(Wording words, String key, String path, Object detail) {
    JsonLocation at = parser.currentTokenLocation();
    return new ResultFile.Invalid(words.get(key, file, at.getLineNr(), at.getColumnNr(), path, detail));
  }
}
