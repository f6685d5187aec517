package vn.dvht.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Moves through XML bytes tag by tag, straight over the inflated UTF-8 without building strings for
 * what is skipped: {@link #nextTag} finds the next element tag (comments, processing instructions and
 * declarations skipped; a {@code >} inside a quoted attribute does not end a tag) and {@link #text}
 * reads character data with entities and CDATA decoded. The buffer grows for a tag longer than it.
 */
final class XmlLexer {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] scratch = new byte[256];

  XmlLexer(InputStream in) {
    this.in = in;
  }

  /** Character data up to the next tag, entities and CDATA decoded; leaves the position at that '<'. */
  String text() throws IOException {
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
    return entities ? XmlTag.decodeEntities(text) : text;
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
  boolean nextTag(XmlTag tag) throws IOException {
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

  private int read() throws IOException {
    if (position >= limit && !refill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  private int peek() throws IOException {
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
}
