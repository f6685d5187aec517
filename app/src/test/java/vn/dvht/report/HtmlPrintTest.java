package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * The HTML and Markdown reports as printed for the unit's reader (issue 24, item 4): no note meant for
 * maintainers, no text kept on one line (a result's text wrapped one word a line), header rows that repeat on
 * every page, no heading left alone at a page foot.
 */
class HtmlPrintTest {

  @Test
  void theHtmlReportPrintsAsATable(@TempDir Path dir) throws Exception {
    for (String sample : new String[] {"002-pnv-tan-bien", "000-bqlkkt-an-giang"}) {
      String html = report(dir.resolve(sample), sample, "html");
      assertThat(html).contains("thead{display:table-header-group}", "h1,h2,h3{break-after:avoid",
          "tr{break-inside:avoid");
      assertThat(count(html, "<table>")).as("%s: every table has a header row group", sample)
          .isEqualTo(count(html, "<table>\n<thead><tr>"));
      Matcher kept = Pattern.compile("<td class=\"n\">([^<]*)</td>").matcher(html);
      while (kept.find()) {
        assertThat(kept.group(1).length()).as("%s: kept on one line: %s", sample, kept.group(1)).isLessThanOrEqualTo(16);
      }
      assertThat(html).doesNotContain("không có gì cần kiểm tra");
    }
  }

  @Test
  void theMarkdownReportHasNoMaintainersNote(@TempDir Path dir) throws Exception {
    String md = report(dir, "000-bqlkkt-an-giang", "md");
    assertThat(md).contains("Kết quả công nhận được bảo lưu").doesNotContain("không có gì cần kiểm tra",
        "để đơn vị biết");
  }

  private static String report(Path out, String sample, String format) throws Exception {
    CliRun run = CliRun.of("evaluate", "../samples/" + sample + ".xlsx", "--report", format, "--out", out.toString(),
        "--quiet", "--date", "2026-01-10");
    assertThat(run.code()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      Path file = files.filter(p -> p.toString().endsWith("." + format)).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
