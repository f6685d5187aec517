package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * Cell text written to look like markup or terminal commands stays text in every report: escaped in
 * Markdown and HTML, control characters shown by code, and the workbook still written.
 */
class HostileTextTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");

  @TempDir Path out;

  @Test
  void markupInTheUnitNameIsTextInMarkdown() throws IOException {
    String md = report("markup-unit-name.xlsx", "md");
    assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*Cơ quan\\*\\* \\[bấm\\](javascript:alert(1)) "
        + "\\| \\`x\\` &amp;amp;").doesNotContain("<script>", "**Cơ quan**", "[bấm]");
  }

  @Test
  void markupInTheUnitNameIsTextInHtml() throws IOException {
    String html = report("markup-unit-name.xlsx", "html");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;amp;").doesNotContain("<script>alert");
  }

  @Test
  void controlCharactersAreShownByCodeInEveryTextReport() throws IOException {
    assertThat(report("control-chars.xlsx", "md")).contains("\\[U+001B\\]\\[2J\\[U+001B\\]\\[31mCơ quan thử")
        .doesNotContain("\u001b", "\u0007");
    assertThat(report("control-chars.xlsx", "html")).contains("[U+001B][2J[U+001B][31mCơ quan thử")
        .doesNotContain("\u001b", "\u0007");
  }

  private String report(String input, String format) throws IOException {
    CliRun run = CliRun.of("evaluate", CORPUS.resolve(input).toString(), "--ruleset", "tt24", "--report", format,
        "--out", out.toString(), "--overwrite");
    assertThat(run.code()).as(run.err()).isZero();
    String stem = input.replaceFirst("\\.xlsx$", "");
    assertThat(out.resolve(stem + "-ket-qua.xlsx")).isNotEmptyFile();
    return Files.readString(out.resolve(stem + "-bao-cao." + format), StandardCharsets.UTF_8);
  }
}
