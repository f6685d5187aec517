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
import vn.dvht.diag.Messages;

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
  ComparedUnit read(String path) throws IOException, ResultFile.Invalid {
    expect(JsonToken.START_OBJECT, path, "object");
    String input = "";
    String name = "";
    String level = "";
    List<ComparedUnit.Level> levels = new ArrayList<>();
    List<ComparedUnit.Gap> gaps = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "input" -> input = text(path + ".input", false);
        case "name" -> name = text(path + ".name", false);
        case "level" -> level = text(path + ".level", true);
        case "levels" -> array(path + ".levels", MAX_LEVELS, at -> levels.add(level(at)));
        case "gaps" -> {
          if (members) {
            array(path + ".gaps", MAX_GAPS, at -> gaps.add(gap(at)));
          } else {
            parser.skipChildren();
          }
        }
        default -> parser.skipChildren();
      }
    }
    return new ComparedUnit(input, name, level, levels, gaps);
  }

  private ComparedUnit.Level level(String path) throws IOException, ResultFile.Invalid {
    expect(JsonToken.START_OBJECT, path, "object");
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
        case "id" -> id = text(path + ".id", false);
        case "label" -> label = text(path + ".label", false);
        case "reached" -> reached = bool(path + ".reached");
        case "counted" -> {
          counted = bool(path + ".counted");
          hasCounted = true;
        }
        case "indicators" -> array(path + ".indicators", MAX_INDICATORS, at -> indicators.add(indicator(at)));
        default -> parser.skipChildren();
      }
    }
    // The level decision's verdict (with every lower level); a result written before "counted" has its own.
    return new ComparedUnit.Level(id, label, hasCounted ? counted : reached, indicators);
  }

  private ComparedUnit.Indicator indicator(String path) throws IOException, ResultFile.Invalid {
    expect(JsonToken.START_OBJECT, path, "object");
    String id = "";
    String status = "";
    JsonNode[] values = {NullNode.instance, NullNode.instance, NullNode.instance, NullNode.instance};
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "id" -> id = text(path + ".id", false);
        case "status" -> status = text(path + ".status", false);
        case "numerator" -> values[0] = number(path + ".numerator");
        case "denominator" -> values[1] = number(path + ".denominator");
        case "percent" -> values[2] = number(path + ".percent");
        case "value" -> values[3] = value(path + ".value");
        default -> parser.skipChildren();
      }
    }
    return new ComparedUnit.Indicator(id, status, values[0], values[1], values[2], values[3]);
  }

  private ComparedUnit.Gap gap(String path) throws IOException, ResultFile.Invalid {
    expect(JsonToken.START_OBJECT, path, "object");
    String indicator = "";
    List<String> failing = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "indicator" -> indicator = text(path + ".indicator", false);
        case "members" -> array(path + ".members", MAX_MEMBERS, at -> failing.add(member(at)));
        default -> parser.skipChildren();
      }
    }
    return new ComparedUnit.Gap(indicator, failing);
  }

  /** A failing member as the diff names it: by its identifier when it has one, beside its name. */
  private String member(String path) throws IOException, ResultFile.Invalid {
    expect(JsonToken.START_OBJECT, path, "object");
    String name = "";
    String id = "";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "name" -> name = text(path + ".name", false);
        case "id" -> id = text(path + ".id", true);
        default -> parser.skipChildren();
      }
    }
    return id.isEmpty() ? name : name + " (" + id + ")";
  }

  private void array(String path, int most, Item item) throws IOException, ResultFile.Invalid {
    expect(JsonToken.START_ARRAY, path, "array");
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      if (i == most) {
        throw invalid("diff.tooMany", path, most);
      }
      item.read(path + "[" + i + "]");
    }
  }

  /** A string ("" for null where {@code nullable}), counted against the unit's characters. */
  private String text(String path, boolean nullable) throws IOException, ResultFile.Invalid {
    if (nullable && parser.currentToken() == JsonToken.VALUE_NULL) {
      return "";
    }
    expect(JsonToken.VALUE_STRING, path, "text");
    String text = parser.getText();
    chars += text.length();
    if (chars > MAX_CHARS) {
      throw invalid("diff.tooLarge", path, MAX_CHARS);
    }
    return text;
  }

  private boolean bool(String path) throws IOException, ResultFile.Invalid {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw kind(path, "bool");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** A count or a share: a bounded plain decimal, or null. */
  private JsonNode number(String path) throws IOException, ResultFile.Invalid {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return NullNode.instance;
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw kind(path, "number");
    }
    String text = parser.getText();
    if (!NUMBER.matcher(text).matches()) {
      throw invalid("diff.badNumber", path, text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
    return text.indexOf('.') < 0 ? LongNode.valueOf(Long.parseLong(text)) : DecimalNode.valueOf(new BigDecimal(text));
  }

  /** A unit fact's value: a number as {@link #number} reads one, a string, true or false, or null. */
  private JsonNode value(String path) throws IOException, ResultFile.Invalid {
    return switch (parser.currentToken()) {
      case VALUE_STRING -> TextNode.valueOf(text(path, false));
      case VALUE_TRUE, VALUE_FALSE -> BooleanNode.valueOf(bool(path));
      case VALUE_NULL, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(path);
      default -> throw kind(path, "value");
    };
  }

  private void expect(JsonToken token, String path, String kind) throws ResultFile.Invalid {
    if (parser.currentToken() != token) {
      throw kind(path, kind);
    }
  }

  private ResultFile.Invalid kind(String path, String kind) {
    return invalid("diff.badValue", path, Messages.get("diff.kind." + kind));
  }

  private ResultFile.Invalid invalid(String key, String path, Object detail) {
    JsonLocation at = parser.currentTokenLocation();
    return new ResultFile.Invalid(Messages.get(key, file, at.getLineNr(), at.getColumnNr(), path, detail));
  }
}
