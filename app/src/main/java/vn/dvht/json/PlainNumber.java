package vn.dvht.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A count or a share of a result read back: a plain decimal of at most 12 digits before the point and 6
 * after, as dvht writes them (ADR 7: {@code 1e999999} is refused where it stands, never turned into a
 * number), or null. {@link Value} also takes a unit fact's text or yes/no.
 */
public class PlainNumber extends StdDeserializer<JsonNode> {
  private static final long serialVersionUID = 1L;
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,11})(\\.[0-9]{1,6})?");

  public PlainNumber() {
    super(JsonNode.class);
  }

  /** A value refused with a message of its own ({@code diff.*} with its detail), at the token it stands at. */
  public static final class Refused extends JsonMappingException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object detail;

    Refused(JsonParser parser, String key, Object detail) {
      super(parser, key);
      this.key = key;
      this.detail = detail;
    }

    /** The message's key: {@code diff.badValue}, {@code diff.badNumber} or {@code diff.tooMany}. */
    public String key() {
      return key;
    }

    /** The message's detail: what was expected, the number refused, or the most items allowed. */
    public Object detail() {
      return detail;
    }
  }

  @Override
  public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new Refused(parser, "diff.badValue", "number");
    }
    String text = parser.getText();
    if (!NUMBER.matcher(text).matches()) {
      throw new Refused(parser, "diff.badNumber", text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
    return text.indexOf('.') < 0 ? LongNode.valueOf(Long.parseLong(text)) : DecimalNode.valueOf(new BigDecimal(text));
  }

  @Override
  public JsonNode getNullValue(DeserializationContext context) {
    return NullNode.instance;
  }

  /** A key the document leaves out reads as no value at all, not as a JSON null. */
  @Override
  public Object getAbsentValue(DeserializationContext context) {
    return null;
  }

  /** {@code value} as it reads back: a whole number (written without a point) as a count, else a decimal. */
  public static JsonNode of(BigDecimal value) {
    return value.scale() <= 0 ? LongNode.valueOf(value.longValueExact()) : DecimalNode.valueOf(value);
  }

  /** A unit fact's value: a number as {@link PlainNumber} reads one, a text, true or false, or null. */
  public static final class Value extends PlainNumber {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return switch (parser.currentToken()) {
        case VALUE_STRING -> TextNode.valueOf(parser.getText());
        case VALUE_TRUE -> BooleanNode.TRUE;
        case VALUE_FALSE -> BooleanNode.FALSE;
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> super.deserialize(parser, context);
        default -> throw new Refused(parser, "diff.badValue", "value");
      };
    }
  }
}
