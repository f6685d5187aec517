package vn.dvht.report.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * XML written as UTF-8 bytes into a buffer that is handed on in 64 KB blocks. Text is escaped for
 * XML and for OOXML strings: characters XML cannot hold (controls, U+FFFE/FFFF) are written as
 * {@code _xHHHH_}, as Excel does, and an underscore that would read as such an escape as
 * {@code _x005F_}; a lone surrogate becomes U+FFFD.
 */
final class XmlSink {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int position;

  XmlSink(OutputStream out) {
    this.out = out;
  }

  /** Markup known to be ASCII, written as it is. */
  XmlSink ascii(String markup) throws IOException {
    int n = markup.length();
    if (n > buffer.length) {
      return bytes(markup.getBytes(StandardCharsets.US_ASCII));
    }
    room(n);
    for (int i = 0; i < n; i++) {
      buffer[position++] = (byte) markup.charAt(i);
    }
    return this;
  }

  XmlSink bytes(byte[] markup) throws IOException {
    if (markup.length > buffer.length) {
      flush();
      out.write(markup);
      return this;
    }
    room(markup.length);
    System.arraycopy(markup, 0, buffer, position, markup.length);
    position += markup.length;
    return this;
  }

  XmlSink number(long value) throws IOException {
    room(20);
    if (value < 0) {
      buffer[position++] = '-';
      if (value == Long.MIN_VALUE) {
        return ascii("9223372036854775808");
      }
      value = -value;
    }
    int start = position;
    do {
      buffer[position++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
    for (int i = start, j = position - 1; i < j; i++, j--) {
      byte t = buffer[i];
      buffer[i] = buffer[j];
      buffer[j] = t;
    }
    return this;
  }

  /** Text content or an attribute value, escaped. */
  XmlSink text(String text) throws IOException {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (position + 12 > buffer.length) {
        flush();
      }
      if (c < 0x80) {
        ascii(c, text, i);
      } else if (c < 0x800) {
        buffer[position++] = (byte) (0xC0 | c >> 6);
        buffer[position++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buffer[position++] = (byte) (0xF0 | cp >> 18);
        buffer[position++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buffer[position++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buffer[position++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        utf8(0xFFFD);
      } else if (c == 0xFFFE || c == 0xFFFF) {
        escape(c);
      } else {
        utf8(c);
      }
    }
    return this;
  }

  private void ascii(char c, String text, int i) {
    switch (c) {
      case '<' -> put("&lt;");
      case '>' -> put("&gt;");
      case '&' -> put("&amp;");
      case '"' -> put("&quot;");
      case '\r' -> put("&#13;");
      case '_' -> {
        if (looksLikeEscape(text, i)) {
          put("_x005F_");
        } else {
          buffer[position++] = '_';
        }
      }
      default -> {
        if (c < 0x20 && c != '\t' && c != '\n') {
          escape(c);
        } else {
          buffer[position++] = (byte) c;
        }
      }
    }
  }

  /** {@code _xHHHH_} at {@code i}: what a reader would decode as an escaped character. */
  private static boolean looksLikeEscape(String text, int i) {
    if (i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private void escape(char c) {
    put("_x");
    buffer[position++] = HEX[c >> 12 & 0xF];
    buffer[position++] = HEX[c >> 8 & 0xF];
    buffer[position++] = HEX[c >> 4 & 0xF];
    buffer[position++] = HEX[c & 0xF];
    buffer[position++] = '_';
  }

  private void utf8(int c) {
    buffer[position++] = (byte) (0xE0 | c >> 12);
    buffer[position++] = (byte) (0x80 | c >> 6 & 0x3F);
    buffer[position++] = (byte) (0x80 | c & 0x3F);
  }

  private void put(String ascii) {
    for (int k = 0; k < ascii.length(); k++) {
      buffer[position++] = (byte) ascii.charAt(k);
    }
  }

  private void room(int n) throws IOException {
    if (position + n > buffer.length) {
      flush();
    }
  }

  /** Hands the buffered bytes on. */
  void flush() throws IOException {
    if (position > 0) {
      out.write(buffer, 0, position);
      position = 0;
    }
  }
}
