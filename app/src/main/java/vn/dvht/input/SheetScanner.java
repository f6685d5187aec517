package vn.dvht.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vn.dvht.diag.Messages;

/**
 * A lean scanner for the XML dialect of worksheet and shared-string parts — {@code <row>}, {@code <c r s t>},
 * {@code <v>}, {@code <is><t>}, {@code <f>} — straight over the inflated UTF-8 bytes. It decodes only
 * what dvht reads, which makes it several times faster than a general StAX parser on the millions of
 * small elements of a large sheet. Namespace prefixes, entities, character references, CDATA,
 * comments and self-closing elements are handled; anything else inside a cell is skipped.
 */
final class SheetScanner {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final SharedStrings sharedStrings;
  private final boolean[] dateStyles;
  private final boolean date1904;
  private byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] scratch = new byte[256];

  SheetScanner(InputStream in, SharedStrings sharedStrings, boolean[] dateStyles, boolean date1904) {
    this.in = in;
    this.sharedStrings = sharedStrings;
    this.dateStyles = dateStyles;
    this.date1904 = date1904;
  }

  /** Hands every row to the visitor in sheet order. */
  void each(RowStream.Visitor visitor) throws IOException {
    int nextRow = 1;
    Tag tag = new Tag();
    while (nextTag(tag)) {
      if ((tag.closing || tag.selfClosing) && tag.is("sheetData")) {
        return;
      }
      if (!tag.closing && tag.is("row")) {
        String r = tag.attribute("r");
        int number = r == null ? nextRow : Integer.parseInt(r);
        String hidden = tag.attribute("hidden");
        List<String> cells = tag.selfClosing ? List.of() : cells(tag, number);
        visitor.row(new RawRow(number, cells), "1".equals(hidden) || "true".equalsIgnoreCase(hidden));
        nextRow = number + 1;
      }
    }
    throw new TruncatedException(nextRow - 1);
  }

  /** A cell whose stored value cannot be what its type says: a damaged file, reported at the cell. */
  static final class BadCellException extends IOException {
    private static final long serialVersionUID = 1L;
    final int row;
    final int column;

    BadCellException(int row, int column, String reason) {
      super(reason);
      this.row = row;
      this.column = column;
    }

    /** Why a cell's value could not be read, in the user's language; the scanner adds the place. */
    static final class Reason extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Reason(String message) {
        super(message, null, false, false);
      }
    }
  }

  /** The part ended before {@code </sheetData>}: a cut-off or damaged sheet, whose rows would be missing. */
  static final class TruncatedException extends IOException {
    private static final long serialVersionUID = 1L;
    final int lastRow;

    TruncatedException(int lastRow) {
      super("sheet data ends after row " + lastRow);
      this.lastRow = lastRow;
    }
  }

  /** Hands the text of every {@code <si>} of a shared-string part to {@code sink}: runs joined, phonetic runs left out. */
  void sharedStrings(Consumer<String> sink) throws IOException {
    Tag tag = new Tag();
    StringBuilder joined = new StringBuilder();
    int phonetic = 0;
    while (nextTag(tag)) {
      if (tag.is("si")) {
        if (tag.closing || tag.selfClosing) {
          sink.accept(tag.selfClosing ? "" : joined.toString());
        }
        joined.setLength(0);
      } else if (tag.is("rPh")) {
        phonetic += tag.closing ? -1 : tag.selfClosing ? 0 : 1;
      } else if (!tag.closing && !tag.selfClosing && tag.is("t") && phonetic == 0) {
        joined.append(text());
      }
    }
  }

  private List<String> cells(Tag tag, int rowNumber) throws IOException {
    String[] cells = new String[16];
    int size = 0;
    int next = 0;
    while (nextTag(tag)) {
      if (tag.closing && tag.is("row")) {
        break;
      }
      if (!tag.closing && tag.is("c")) {
        int column = tag.column(next);
        column = column < 0 ? next : column;
        String type = tag.type();
        int style = tag.number("s");
        String value;
        try {
          value = tag.selfClosing ? "" : cell(tag, type, style);
        } catch (BadCellException.Reason reason) {
          throw new BadCellException(rowNumber, column, reason.getMessage());
        }
        if (column >= cells.length) {
          cells = Arrays.copyOf(cells, Math.max(cells.length * 2, column + 1));
        }
        cells[column] = value;
        size = Math.max(size, column + 1);
        next = column + 1;
      }
    }
    List<String> row = new ArrayList<>(size);
    for (int c = 0; c < size; c++) {
      row.add(cells[c] == null ? "" : cells[c]);
    }
    return row;
  }

  /** The text of a cell, reading up to its {@code </c>}. */
  private String cell(Tag tag, String type, int style) throws IOException {
    String value = null;
    String formula = null;
    StringBuilder inline = null;
    int phonetic = 0;
    while (nextTag(tag)) {
      if (tag.closing && tag.is("c")) {
        break;
      }
      if (tag.is("rPh")) {
        phonetic += tag.closing ? -1 : tag.selfClosing ? 0 : 1;
      } else if (!tag.closing && !tag.selfClosing && tag.is("v")) {
        value = text();
      } else if (!tag.closing && !tag.selfClosing && tag.is("t") && phonetic == 0) {
        inline = inline == null ? new StringBuilder() : inline;
        inline.append(text());
      } else if (!tag.closing && !tag.selfClosing && tag.is("f")) {
        formula = text();
      }
    }
    if (formula != null && value == null && inline == null) {
      return RawRow.uncalculated(formula);
    }
    return value(type, style, value, inline == null ? null : inline.toString(), sharedStrings, dateStyles,
        date1904);
  }

  /** A cell's text from its type, style, {@code <v>} and inline text, as POI's usermodel would give it. */
  static String value(String type, int style, String value, String inline, SharedStrings sharedStrings,
      boolean[] dateStyles, boolean date1904) {
    if ("inlineStr".equals(type)) {
      return inline == null ? "" : inline;
    }
    if (value == null) {
      return "";
    }
    if ("s".equals(type)) {
      int index = wholeOrMinusOne(value.strip());
      if (index < 0 || index >= sharedStrings.size()) {
        throw new BadCellException.Reason(Messages.get("input.missingSharedString", value.strip(), sharedStrings.size()));
      }
      return sharedStrings.get(index);
    }
    if ("b".equals(type)) {
      return value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
    }
    if ("str".equals(type) || "e".equals(type)) {
      return value;
    }
    boolean dateStyled = style < dateStyles.length && dateStyles[style];
    if (!dateStyled && isPlainWhole(value)) {
      return value;
    }
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new BadCellException.Reason(Messages.get("input.badStoredNumber", value));
    }
    if (dateStyled && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(number)) {
      return XlsxStreamReader.date(number, date1904);
    }
    return WorkbookReader.number(number);
  }

  private static int wholeOrMinusOne(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** "0" or up to 15 digits without a leading zero: already the text {@link WorkbookReader#number} would give. */
  private static boolean isPlainWhole(String value) {
    int length = value.length();
    if (length == 0 || length > 15 || (value.charAt(0) == '0' && length > 1)) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Character data up to the next tag, entities and CDATA decoded; leaves the position at that '<'. */
  private String text() throws IOException {
    int length = 0;
    boolean entities = false;
    while (true) {
      int start = position;
      int end = start;
      while (end < limit && buffer[end] != '<') {
        entities |= buffer[end] == '&';
        end++;
      }
      scratch = append(scratch, length, buffer, start, end - start);
      length += end - start;
      position = end;
      if (end == limit) {
        if (!refill()) {
          break;
        }
        continue;
      }
      if (!startsWith("<![CDATA[")) {
        break;
      }
      position += 9;
      while (!startsWith("]]>")) {
        int c = read();
        if (c < 0) {
          break;
        }
        scratch = append(scratch, length++, c);
      }
      position += 3;
    }
    String text = new String(scratch, 0, length, StandardCharsets.UTF_8);
    return entities ? decodeEntities(text) : text;
  }

  private static byte[] append(byte[] bytes, int at, byte[] from, int start, int count) {
    byte[] out = at + count <= bytes.length ? bytes : Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + count));
    System.arraycopy(from, start, out, at, count);
    return out;
  }

  private static byte[] append(byte[] bytes, int at, int b) {
    byte[] out = at < bytes.length ? bytes : Arrays.copyOf(bytes, bytes.length * 2);
    out[at] = (byte) b;
    return out;
  }

  /** Moves to the next tag, reading its name and attributes; false at the end. Skips comments and PIs. */
  private boolean nextTag(Tag tag) throws IOException {
    while (true) {
      while (position < limit && buffer[position] != '<') {
        position++;
      }
      if (position == limit) {
        if (!refill()) {
          return false;
        }
        continue;
      }
      position++;
      int first = peek();
      if (first == '!' || first == '?') {
        skipSpecial();
        continue;
      }
      int end = tagEnd();
      if (end < 0) {
        return false;
      }
      tag.parse(buffer, position, end);
      position = end + 1;
      return true;
    }
  }

  /**
   * The index of the '>' closing the tag that starts at the position, with the whole tag brought into
   * the buffer (a '>' inside a quoted attribute value does not close it); -1 when the part ends first.
   */
  private int tagEnd() throws IOException {
    int quote = 0;
    int i = position;
    while (true) {
      for (; i < limit; i++) {
        byte b = buffer[i];
        if (quote != 0) {
          quote = b == quote ? 0 : quote;
        } else if (b == '>') {
          return i;
        } else if (b == '"' || b == '\'') {
          quote = b;
        }
      }
      i -= position;
      if (position == 0 && limit == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      } else {
        compact();
      }
      if (!fill()) {
        return -1;
      }
    }
  }

  private void skipSpecial() throws IOException {
    if (startsWith("!--")) {
      while (!startsWith("-->")) {
        if (read() < 0) {
          return;
        }
      }
      position += 3;
      return;
    }
    while (true) {
      int b = read();
      if (b < 0 || b == '>') {
        return;
      }
    }
  }

  private boolean startsWith(String ascii) throws IOException {
    if (limit - position < ascii.length()) {
      compact();
      while (limit < ascii.length() && fill()) {
        // a short read: ask again
      }
    }
    if (limit - position < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (buffer[position + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  int read() throws IOException {
    if (position >= limit && !refill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  int peek() throws IOException {
    if (position >= limit && !refill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  private boolean refill() throws IOException {
    position = 0;
    limit = 0;
    return fill();
  }

  private void compact() {
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n > 0) {
      limit += n;
    }
    return n > 0;
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
          if (entity.startsWith("#x") || entity.startsWith("#X")) {
            out.appendCodePoint(Integer.parseInt(entity.substring(2), 16));
          } else if (entity.startsWith("#")) {
            out.appendCodePoint(Integer.parseInt(entity.substring(1)));
          } else {
            out.append('&').append(entity).append(';');
          }
        }
      }
      i = end;
    }
    return out.toString();
  }

  /** The tag just read: local name (prefix dropped), whether closing or self-closing, attributes in the buffer. */
  private static final class Tag {
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

    /** The 0-based column of a cell's {@code r="AB12"}, or {@code otherwise} when it has none. */
    int column(int otherwise) {
      int at = find("r");
      if (at < 0) {
        return otherwise;
      }
      int column = 0;
      for (int i = valueStart[at]; i < valueEnd[at] && attributes[i] >= 'A' && attributes[i] <= 'Z'; i++) {
        column = column * 26 + (attributes[i] - 'A' + 1);
      }
      return column - 1;
    }

    /** A small non-negative whole attribute such as a cell's {@code s}; 0 when absent or not a number. */
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
  }
}
