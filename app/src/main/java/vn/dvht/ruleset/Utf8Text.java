package vn.dvht.ruleset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;

/** Ruleset bytes as UTF-8 text without a byte-order mark; anything else is reported at its first bad byte. */
record Utf8Text(String file) {
  private static final String BOM = "\uFEFF";

  String decode(byte[] bytes) throws RulesetException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(bytes, in.position(), withoutBom(out.flip().toString()));
    }
    decoder.flush(out);
    return withoutBom(out.flip().toString());
  }

  /** Points at the first bad byte, showing the line as it decodes with replacement characters. */
  private RulesetException notUtf8(byte[] bytes, int badByte, String before) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      boolean crlf = c == '\r' && i + 1 < before.length() && before.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        line++;
        column = 1;
      } else if (!crlf) {
        column++;
      }
    }
    String hex = String.format("%02X", bytes[badByte] & 0xFF);
    Diagnostic diagnostic = Diagnostic.error("R000", new SourcePosition.InText(file, line, column),
        Message.of("ruleset.notUtf8", hex));
    List<String> lines = withoutBom(new String(bytes, StandardCharsets.UTF_8)).lines().toList();
    return new RulesetException(List.of(diagnostic), Map.of(file, lines));
  }

  private static String withoutBom(String text) {
    return text.startsWith(BOM) ? text.substring(1) : text;
  }
}
