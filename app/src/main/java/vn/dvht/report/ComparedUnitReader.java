package vn.dvht.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Wording;
import vn.dvht.json.PlainNumber;
import vn.dvht.json.ResultJson;

/**
 * Reads one unit of a result from a streaming parser, keeping only what {@code dvht diff} compares and
 * checking it as it goes: each level and each list of failing members is read into its {@link ResultJson}
 * record, the records dvht writes, one at a time; every value of the kind dvht writes, every number a plain
 * decimal of at most 12 digits before the point and 6 after (as ruleset numbers are, ADR 7: {@code 1e999999}
 * is refused at its line and column, never turned into a number, {@link PlainNumber}), and no list or text
 * longer than any dvht writes ({@link BoundedList}). Everything else in the unit is skipped unread.
 */
final class ComparedUnitReader {
  static final int MAX_LEVELS = 100;
  static final int MAX_GAPS = 10_000;
  /**
   * Characters of text kept for one unit (40 MB): three times what the largest unit dvht writes needs — a
   * million members, 10,000 failing ones listed for each of some fifteen indicators.
   */
  static final long MAX_CHARS = 20_000_000;

  /** Reads only what the diff compares: the rest of a record is skipped unread. */
  private static final ObjectReader COMPARED = ResultJson.MAPPER.readerWithView(ResultJson.Compared.class);

  private final JsonParser parser;
  private final String file;
  private final boolean members;
  private final Wording words;
  private long chars;

  /**
   * Reads from {@code parser}, naming {@code file} in messages worded with {@code words}; without
   * {@code members}, failing members are skipped.
   */
  ComparedUnitReader(JsonParser parser, String file, boolean members, Wording words) {
    this.parser = parser;
    this.file = file;
    this.members = members;
    this.words = words;
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
        case ResultJson.INPUT -> input = text(path + "." + field, false);
        case ResultJson.NAME -> name = text(path + "." + field, false);
        case ResultJson.LEVEL -> level = text(path + "." + field, true);
        case ResultJson.LEVELS -> array(path + "." + field, MAX_LEVELS,
            at -> levels.add(level(record(at, ResultJson.Level.class))));
        case ResultJson.GAPS -> {
          if (members) {
            array(path + "." + field, MAX_GAPS, at -> gaps.add(gap(record(at, ResultJson.Gap.class))));
          } else {
            parser.skipChildren();
          }
        }
        default -> parser.skipChildren();
      }
    }
    return new ComparedUnit(input, name, level, levels, gaps);
  }

  /** The record whose opening brace is the current token, read whole; a value dvht never writes is refused where it is. */
  private <T> T record(String path, Class<T> type) throws IOException, ResultFile.Invalid {
    expect(JsonToken.START_OBJECT, path, "object");
    try {
      return COMPARED.forType(type).readValue(parser);
    } catch (PlainNumber.Refused e) {
      throw invalid(e.key(), e.getLocation(), path + where(e), e.key().equals("diff.badValue")
          ? words.get("diff.kind." + e.detail()) : e.detail());
    } catch (MismatchedInputException e) {
      throw invalid("diff.badValue", e.getLocation(), path + where(e), words.get("diff.kind." + kind(e.getTargetType())));
    } catch (JsonMappingException e) {
      throw invalid("diff.badValue", e.getLocation(), path + where(e), words.get("diff.kind.object"));
    }
  }

  /** Where in the record a value was refused: {@code .levels[0].numerator}. */
  private static String where(JsonMappingException e) {
    StringBuilder at = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      at.append(step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
    }
    return at.toString();
  }

  /** The word for what a value should have been, as the messages name it. */
  private static String kind(Class<?> type) {
    if (type == null) {
      return "value";
    }
    return type == String.class ? "text" : type == boolean.class || type == Boolean.class ? "bool"
        : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "number"
        : java.util.Collection.class.isAssignableFrom(type) ? "array" : "object";
  }

  /**
   * A level as the diff compares it: the level decision's verdict ({@code counted}, with every lower level;
   * a result written before it has the level's own), and per indicator its status, counts, share and value.
   */
  private ComparedUnit.Level level(ResultJson.Level level) throws ResultFile.Invalid {
    List<ComparedUnit.Indicator> indicators = new ArrayList<>(level.indicators().size());
    for (ResultJson.Indicator row : level.indicators()) {
      JsonNode value = orNull(row.value());
      indicators.add(new ComparedUnit.Indicator(kept(row.id()), kept(row.status()), orNull(row.numerator()),
          orNull(row.denominator()), orNull(row.percent()), value.isTextual() ? TextNode.valueOf(kept(value.textValue()))
              : value));
    }
    return new ComparedUnit.Level(kept(level.id()), kept(level.label()),
        level.counted() != null ? level.counted() : level.reached(), indicators);
  }

  /** The members failing an indicator as the diff names them: by identifier when they have one, beside their name. */
  private ComparedUnit.Gap gap(ResultJson.Gap gap) throws ResultFile.Invalid {
    List<String> failing = new ArrayList<>(gap.members().size());
    for (ResultJson.GapMember member : gap.members()) {
      String id = kept(member.id());
      failing.add(id.isEmpty() ? kept(member.name()) : kept(member.name()) + " (" + id + ")");
    }
    return new ComparedUnit.Gap(kept(gap.indicator()), failing);
  }

  private static JsonNode orNull(JsonNode value) {
    return value == null ? NullNode.instance : value;
  }

  /** A text kept for the unit ("" for none), counted against its characters. */
  private String kept(String text) throws ResultFile.Invalid {
    String kept = text == null ? "" : text;
    chars += kept.length();
    if (chars > MAX_CHARS) {
      throw invalid("diff.tooLarge", parser.currentTokenLocation(), "", MAX_CHARS);
    }
    return kept;
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

  private void expect(JsonToken token, String path, String kind) throws ResultFile.Invalid {
    if (parser.currentToken() != token) {
      throw kind(path, kind);
    }
  }

  private ResultFile.Invalid kind(String path, String kind) {
    return invalid("diff.badValue", path, words.get("diff.kind." + kind));
  }

  private ResultFile.Invalid invalid(String key, String path, Object detail) {
    return invalid(key, parser.currentTokenLocation(), path, detail);
  }

  private ResultFile.Invalid invalid(String key, JsonLocation where, String path, Object detail) {
    JsonLocation at = where != null ? where : parser.currentTokenLocation();
    return new ResultFile.Invalid(words.get(key, file, at.getLineNr(), at.getColumnNr(), path, detail));
  }
}
