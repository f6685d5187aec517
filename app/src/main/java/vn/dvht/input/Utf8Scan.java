package vn.dvht.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;

/**
 * Passes over a CSV file's bytes as UTF-8, a buffer at a time and keeping none of them: whether the
 * whole file is UTF-8 and, when it is mostly but not wholly, the line of the first byte that is not.
 */
final class Utf8Scan {
  private static final int BUFFER = 1 << 16;

  private Utf8Scan() {}

  /** The offset of the first byte that is not UTF-8, or -1 when the whole file is. */
  static long firstMalformed(Path path) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    long[] bad = {-1};
    decode(path, decoder, (in, consumed, result) -> {
      if (result.isError()) {
        bad[0] = consumed + in.position();
        return false;
      }
      return true;
    }, chars -> { });
    return bad[0];
  }

  /**
   * A file that is mostly UTF-8 with a few bytes that are not (a name pasted from a Windows-1258 or
   * TCVN3 file) would read as garbage in any one encoding: refused at the line of the first bad byte,
   * at offset {@code bad}.
   */
  static void requireNotMixed(Path path, long bad) throws IOException, InputException {
    CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    long[] counts = new long[2];
    decode(path, lenient, (in, consumed, result) -> true, chars -> {
      for (int i = chars.position(); i < chars.limit(); i++) {
        char c = chars.get(i);
        counts[0] += c == '\uFFFD' ? 1 : 0;
        counts[1] += c >= 0x80 && c != '\uFFFD' ? 1 : 0;
      }
    });
    long replaced = counts[0];
    long letters = counts[1];
    if (letters < 3 || letters <= 2 * replaced) {
      return;
    }
    int line = 1;
    int badByte = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER)) {
      for (long i = 0; i <= bad; i++) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        line += b == '\n' && i < bad ? 1 : 0;
        badByte = b;
      }
    }
    throw new InputException(Diagnostic.error("I105", new SourcePosition.InSheet(path.toString(),
        path.getFileName().toString(), line, -1, ""), Messages.get("input.mixedEncoding",
        String.format("%02X", badByte))));
  }

  /** Sees each decoding step: the bytes left, how many were consumed before them, the result; false stops. */
  private interface Step {
    boolean next(ByteBuffer in, long consumed, CoderResult result);
  }

  /** Receives each buffer of characters decoded. */
  private interface Chars {
    void accept(CharBuffer chars);
  }

  private static void decode(Path path, CharsetDecoder decoder, Step step, Chars chars) throws IOException {
    ByteBuffer in = ByteBuffer.allocate(BUFFER);
    CharBuffer out = CharBuffer.allocate(BUFFER);
    long consumed = 0;
    try (InputStream file = Files.newInputStream(path)) {
      boolean end = false;
      while (true) {
        if (!end) {
          int n = file.read(in.array(), in.position(), in.remaining());
          end = n < 0;
          in.position(in.position() + Math.max(n, 0));
        }
        in.flip();
        CoderResult result = decoder.decode(in, out, end);
        if (end && !result.isError() && !result.isOverflow()) {
          result = decoder.flush(out);
        }
        out.flip();
        chars.accept(out);
        out.clear();
        if (!step.next(in, consumed, result)) {
          return;
        }
        if (end && result.isUnderflow()) {
          return;
        }
        consumed += in.position();
        in.compact();
      }
    }
  }
}
