package vn.dvht.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.dvht.diag.Message;

/**
 * The XML tag {@link XmlLexer} read last: its local name (prefix dropped), whether it closes or closes
 * itself, and its attributes, read in place in the lexer's buffer and split only when one is asked for.
 * Valid until the lexer reads on.
 */
final class XmlTag {
  private static final String[] TYPES = {"s", "n", "b", "str", "inlineStr", "e", "d"};
  private byte[] attributes;
  private int nameStart;
  private int nameEnd;
  private int attributesStart;
  private int attributesEnd;
  private int count;
  private boolean indexed;
  private int[] nameStartAt = new int[8];
  private int[] nameEndAt = new int[8];
  private int[] valueStart = new int[8];
  private int[] valueEnd = new int[8];
  boolean closing;
  boolean selfClosing;

  /** Reads the tag between '<' (exclusive, at {@code start}) and '>' (at {@code end}) of {@code source}. */
  void parse(byte[] source, int start, int end) {
    attributes = source;
    indexed = false;
    closing = source[start] == '/';
    selfClosing = end > start && source[end - 1] == '/';
    int i = closing ? start + 1 : start;
    nameStart = i;
    int stop = selfClosing ? end - 1 : end;
    while (i < stop && !isSpace(source[i])) {
      if (source[i] == ':') {
        nameStart = i + 1;
      }
      i++;
    }
    nameEnd = i;
    attributesStart = i;
    attributesEnd = stop;
  }

  boolean is(String local) {
    return equals(nameStart, nameEnd, local);
  }

  /** The value of an unprefixed attribute, or null. */
  String attribute(String key) {
    int at = find(key);
    if (at < 0) {
      return null;
    }
    String value = new String(attributes, valueStart[at], valueEnd[at] - valueStart[at], StandardCharsets.UTF_8);
    return value.indexOf('&') >= 0 ? decodeEntities(value) : value;
  }

  /** Excel's last column, XFD, 0-based. */
  static final int LAST_COLUMN = 16_383;
  /** Excel's last row, 1-based. */
  static final int LAST_ROW = 1_048_576;
  /** What {@link #reference} gives for a column or row that is no cell of a worksheet. */
  static final int BAD_REFERENCE = Integer.MIN_VALUE;

  /**
   * A cell's {@code r="AB12"} read once: the 0-based column in the low half ({@code otherwise} when it
   * has none) and the row in the high half (0 when it gives none), either {@link #BAD_REFERENCE} when
   * it is no cell of a worksheet (past XFD, no column letters, a row Excel cannot have). Unpack with
   * {@link #columnOf} and {@link #rowOf}.
   */
  long reference(int otherwise) {
    int at = find("r");
    if (at < 0) {
      return pack(otherwise, 0);
    }
    int i = valueStart[at];
    int end = valueEnd[at];
    int column = 0;
    for (; i < end && attributes[i] >= 'A' && attributes[i] <= 'Z'; i++) {
      if (i - valueStart[at] == 3) {
        return pack(BAD_REFERENCE, 0);
      }
      column = column * 26 + (attributes[i] - 'A' + 1);
    }
    column = column == 0 || column - 1 > LAST_COLUMN ? BAD_REFERENCE : column - 1;
    if (i == end) {
      return pack(column, 0);
    }
    int row = 0;
    for (; i < end; i++) {
      byte b = attributes[i];
      if (b < '0' || b > '9' || row > LAST_ROW) {
        return pack(column, BAD_REFERENCE);
      }
      row = row * 10 + (b - '0');
    }
    return pack(column, row < 1 || row > LAST_ROW ? BAD_REFERENCE : row);
  }

  static int columnOf(long reference) {
    return (int) reference;
  }

  static int rowOf(long reference) {
    return (int) (reference >>> 32);
  }

  private static long pack(int column, int row) {
    return ((long) row << 32) | (column & 0xFFFFFFFFL);
  }

  /** A small non-negative whole attribute, such as a cell's {@code s} or a row's {@code r}; 0 if absent or bad. */
  int number(String key) {
    int at = find(key);
    if (at < 0) {
      return 0;
    }
    int value = 0;
    for (int i = valueStart[at]; i < valueEnd[at]; i++) {
      byte b = attributes[i];
      if (b < '0' || b > '9' || value > 100_000_000) {
        return 0;
      }
      value = value * 10 + (b - '0');
    }
    return value;
  }

  /** A cell's {@code t} as one of the constant type names, so that no string is made per cell. */
  String type() {
    int at = find("t");
    if (at < 0) {
      return null;
    }
    for (String known : TYPES) {
      if (equals(valueStart[at], valueEnd[at], known)) {
        return known;
      }
    }
    return attribute("t");
  }

  /** Splits the raw attribute text into name and value ranges, once per tag that is asked. */
  private void index() {
    count = 0;
    int i = attributesStart;
    while (i < attributesEnd) {
      while (i < attributesEnd && isSpace(attributes[i])) {
        i++;
      }
      int start = i;
      while (i < attributesEnd && attributes[i] != '=' && !isSpace(attributes[i])) {
        i++;
      }
      int end = i;
      while (i < attributesEnd && attributes[i] != '"' && attributes[i] != '\'') {
        i++;
      }
      if (i >= attributesEnd) {
        return;
      }
      byte quote = attributes[i++];
      int from = i;
      while (i < attributesEnd && attributes[i] != quote) {
        i++;
      }
      if (count == nameStartAt.length) {
        nameStartAt = Arrays.copyOf(nameStartAt, count * 2);
        nameEndAt = Arrays.copyOf(nameEndAt, count * 2);
        valueStart = Arrays.copyOf(valueStart, count * 2);
        valueEnd = Arrays.copyOf(valueEnd, count * 2);
      }
      nameStartAt[count] = start;
      nameEndAt[count] = end;
      valueStart[count] = from;
      valueEnd[count] = i;
      count++;
      i++;
    }
  }

  private int find(String key) {
    if (!indexed) {
      index();
      indexed = true;
    }
    for (int at = 0; at < count; at++) {
      if (equals(nameStartAt[at], nameEndAt[at], key)) {
        return at;
      }
    }
    return -1;
  }

  private boolean equals(int start, int end, String ascii) {
    if (end - start != ascii.length()) {
      return false;
    }
    for (int j = 0; j < ascii.length(); j++) {
      if (attributes[start + j] != ascii.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** The character {@code &#233;} or {@code &#xE9;} stands for; a reference to no character is a damaged cell. */
  private static int codePoint(String entity) {
    boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
    String digits = entity.substring(hex ? 2 : 1);
    int value = -1;
    if (!digits.isEmpty() && digits.length() <= 8) {
      try {
        value = Integer.parseInt(digits, hex ? 16 : 10);
      } catch (NumberFormatException e) {
        value = -1;
      }
    }
    if (value < 0 || value > Character.MAX_CODE_POINT || Character.isSurrogate((char) value) && value <= 0xFFFF) {
      throw new SheetScanner.BadCellException.Reason(Message.of("input.badCharacterReference",
          "&" + (entity.length() > 12 ? entity.substring(0, 12) + "…" : entity) + ";"));
    }
    return value;
  }

  static String decodeEntities(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int end = c == '&' ? text.indexOf(';', i) : -1;
      if (end < 0) {
        out.append(c);
        continue;
      }
      String entity = text.substring(i + 1, end);
      switch (entity) {
        case "amp" -> out.append('&');
        case "lt" -> out.append('<');
        case "gt" -> out.append('>');
        case "quot" -> out.append('"');
        case "apos" -> out.append('\'');
        default -> {
          if (entity.startsWith("#")) {
            out.appendCodePoint(codePoint(entity));
          } else {
            out.append('&').append(entity).append(';');
          }
        }
      }
      i = end;
    }
    return out.toString();
  }
}
