package vn.dvht.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of a result read back no longer than any dvht writes: past {@code most} items it is refused
 * where it stands, before the rest is read (a file crafted with a million of them costs nothing).
 */
abstract class BoundedList<T> extends StdDeserializer<List<T>> {
  private static final long serialVersionUID = 1L;
  private final Class<T> type;
  private final int most;

  BoundedList(Class<T> type, int most) {
    super(List.class);
    this.type = type;
    this.most = most;
  }

  @Override
  public List<T> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new PlainNumber.Refused(parser, "diff.badValue", "array");
    }
    List<T> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (items.size() == most) {
        throw new PlainNumber.Refused(parser, "diff.tooMany", most);
      }
      try {
        items.add(context.readValue(parser, type));
      } catch (DatabindException e) {
        throw JsonMappingException.wrapWithPath(e, items, items.size());
      }
    }
    return items;
  }

  @Override
  public List<T> getNullValue(DeserializationContext context) {
    return List.of();
  }

  @Override
  public Object getAbsentValue(DeserializationContext context) {
    return List.of();
  }

  /** A level's indicators. */
  static final class Indicators extends BoundedList<ResultJson.Indicator> {
    private static final long serialVersionUID = 1L;

    Indicators() {
      super(ResultJson.Indicator.class, ComparedUnitReader.MAX_INDICATORS);
    }
  }

  /** The members failing an indicator, as a result lists them. */
  static final class Members extends BoundedList<ResultJson.GapMember> {
    private static final long serialVersionUID = 1L;

    Members() {
      super(ResultJson.GapMember.class, ComparedUnitReader.MAX_MEMBERS);
    }
  }
}
