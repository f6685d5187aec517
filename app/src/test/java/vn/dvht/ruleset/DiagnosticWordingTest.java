package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Message;
import vn.dvht.diag.Wording;

/** A diagnostic is a code and a message not yet worded: the same problem reads in whichever language shows it. */
class DiagnosticWordingTest {
  @Test
  void oneProblemIsWordedWhereItIsShownInEitherLanguage() {
    RulesetException e = catchThrowableOfType(RulesetException.class, () -> new RulesetLoader()
        .parse("sai.yaml", "schema: 2\n".getBytes(StandardCharsets.UTF_8), false));
    var version = e.diagnostics().stream().filter(d -> d.code().equals("R015")).toList();
    assertThat(version).singleElement().extracting(d -> d.message())
        .isEqualTo(Message.of("ruleset.schemaVersion", "2", 1));
    assertThat(new DiagnosticFormatter(Wording.of(Wording.VI), e::sourceLines).formatAll(version))
        .startsWith("sai.yaml:1:9: lỗi[R015]: phiên bản định dạng \"2\" không được hỗ trợ; cần \"schema: 1\"\n");
    assertThat(new DiagnosticFormatter(Wording.of(Wording.EN), e::sourceLines).formatAll(version))
        .startsWith("sai.yaml:1:9: error[R015]: format version \"2\" is not supported; \"schema: 1\" is needed\n");
  }
}
