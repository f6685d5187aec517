package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;

/**
 * A ruleset saved in a Windows code page is refused at its first bad byte, counted in lines as an editor
 * counts them whatever the line endings (Windows CRLF, old Mac CR, Unix LF).
 */
class NotUtf8PositionTest {
  /** "ề" in Windows-1258 is one byte, 0xEA followed by a combining mark; in UTF-8 0xEA starts three. */
  private static final byte CP1258_E_CIRCUMFLEX = (byte) 0xEA;

  @Test
  void windowsLineEndingsCountOneLineEach() {
    assertThat(refused("schema: 1\r\nid: mini\r\ntitle: Ti", " chí\r\n")).isEqualTo("""
        r.yaml:3:10: lỗi[R000]: tệp bộ tiêu chí phải được lưu dạng UTF-8; byte 0xEA ở đây không hợp lệ \
        (có thể tệp đang ở dạng ANSI/Windows-1258) — hãy lưu lại với mã hoá UTF-8
          title: Ti\uFFFD chí
                   ^
        """);
  }

  @Test
  void aCarriageReturnAloneEndsALineToo() {
    assertThat(refused("schema: 1\rid: mini\r\rnote: ", "")).startsWith("r.yaml:4:7: lỗi[R000]:");
  }

  @Test
  void aBadByteRightAfterALineEndIsAtTheStartOfTheNextLine() {
    assertThat(refused("schema: 1\r", "")).startsWith("r.yaml:2:1: lỗi[R000]:");
    assertThat(refused("schema: 1\r\n", "")).startsWith("r.yaml:2:1: lỗi[R000]:");
    assertThat(refused("schema: 1\n", "")).startsWith("r.yaml:2:1: lỗi[R000]:");
    assertThat(refused("", "schema: 1\n")).startsWith("r.yaml:1:1: lỗi[R000]:");
  }

  /** The diagnostics for {@code before}, one Windows-1258 byte, then {@code after}, all as text. */
  private static String refused(String before, String after) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    bytes.write(CP1258_E_CIRCUMFLEX);
    bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    RulesetException e = catchThrowableOfType(RulesetException.class,
        () -> new RulesetLoader().parse("r.yaml", bytes.toByteArray(), false));
    assertThat(e).as("%s must not load", before).isNotNull();
    return new DiagnosticFormatter(Messages.wording(), e::sourceLines).formatAll(e.diagnostics());
  }
}
