package vn.dvht.json;

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
public abstract class BoundedList<T> extends StdDeserializer<List<T>> {
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
  public static final class Indicators extends BoundedList<ResultJson.Indicator> {
    private static final long serialVersionUID = 1L;

    public Indicators() {
      super(ResultJson.Indicator.class, ResultJson.MAX_INDICATORS);
    }
  }

  /** The members failing an indicator, as a result lists them. */
  public static final class Members extends BoundedList<ResultJson.GapMember> {
    private static final long serialVersionUID = 1L;

    public Members() {
      super(ResultJson.GapMember.class, ResultJson.MAX_MEMBERS);
    }
  }
}
