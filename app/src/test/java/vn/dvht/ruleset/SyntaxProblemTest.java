package vn.dvht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import org.junit.jupiter.api.Test;
import vn.dvht.diag.SourcePosition;

/** A syntax error the parser gives without a place still points somewhere: the start of the file. */
class SyntaxProblemTest {

  @Test
  void aParserErrorWithoutALocationIsReportedAtTheStartOfTheFileWithItsFirstLine() {
    SyntaxProblem problem = SyntaxProblem.of("r.yaml", new JsonParseException(null, "stream closed\n at reader"), false);
    assertThat(problem.position()).isEqualTo(new SourcePosition.InText("r.yaml", 1, 1));
    assertThat(problem.message().vietnamese()).isEqualTo("cú pháp YAML không hợp lệ: stream closed");
  }
}
