package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.samples.SampleWorkbooks;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.Golden;
import vn.dvht.testing.XlsxDump;

/**
 * Every sample in {@code samples/} evaluated end to end and compared with its golden outputs in
 * {@code src/test/resources/golden/<sample>/}: the JSON result, the console text, the Markdown
 * and HTML reports, the Word report as a text dump and the summary workbook as a cell dump.
 * Review a change, then accept it with
 * {@code mvn -q test -Dtest=GoldenSamplesTest -Ddvht.updateGolden=true}.
 */
class GoldenSamplesTest {
  static final Path SAMPLES = Path.of("..", "samples");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final String DATE = "2026-01-10";

  /**
   * What each seed plan's sample is meant to show — the level reached (TT 24) or the grade (TT 22);
   * the goldens must agree.
   */
  static final Map<String, String> EXPECTED = Map.of(
      "000-bqlkkt-an-giang", "level=muc-1",
      "001-mn-hoa-sen", "level=null",
      "002-pnv-tan-bien", "grade=tot",
      "003-thpt-ly-nhan", "level=muc-2",
      "004-vp-dak-glong", "grade=kha");

  @TestFactory
  Stream<DynamicTest> everySampleMatchesItsGoldenOutputs(@TempDir Path out) throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList().stream()
          .map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> check(sample, out)));
    }
  }

  @Test
  void everySampleHasAnExpectedLevel() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      assertThat(files.filter(p -> p.toString().endsWith(".xlsx")).map(GoldenSamplesTest::stem))
          .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
  }

  private static void check(Path sample, Path out) throws IOException {
    String stem = stem(sample);
    String ruleset = SampleWorkbooks.rulesetOf(sample.getFileName().toString());
    Path dir = out.resolve(stem);
    CliRun json = CliRun.of("evaluate", sample.toString(), "--ruleset", ruleset, "--json", "--report", "md",
        "--date", DATE, "--out", dir.toString());
    CliRun text = CliRun.of("evaluate", sample.toString(), "--ruleset", ruleset, "--date", DATE,
        "--out", dir.resolve("docx").toString());
    assertThat(json.code()).isZero();
    assertThat(json.err()).isEmpty();
    assertThat(text.err()).isEmpty();
    String[] expected = EXPECTED.get(stem).split("=");
    assertThat(new ObjectMapper().readTree(json.out()).path("units").path(0).path(expected[0]).asText())
        .as("%s of %s", expected[0], stem).isEqualTo(expected[1]);

    Path golden = GOLDEN.resolve(stem);
    Golden.compare(golden.resolve("result.json"), json.out());
    Golden.compare(golden.resolve("console.txt"), text.out().replace(dir.toString(), "<out>"));
    Golden.compare(golden.resolve("report.md"), Files.readString(dir.resolve(stem + "-bao-cao.md")));
    Golden.compare(golden.resolve("summary.xlsx.txt"), XlsxDump.of(dir.resolve(stem + "-ket-qua.xlsx")));
    Golden.compare(golden.resolve("report.docx.txt"), DocxDump.of(dir.resolve("docx").resolve(stem + "-bao-cao.docx")));
    // The head's decision recognising the titled members: beside the report when the ruleset computes the title.
    Path decision = dir.resolve("docx").resolve(stem + "-quyet-dinh-cdht.docx");
    if (ruleset.equals("tt24")) {
      Golden.compare(golden.resolve("decision.docx.txt"), DocxDump.of(decision));
    } else {
      assertThat(decision).doesNotExist();
    }
    CliRun html = CliRun.of("evaluate", sample.toString(), "--ruleset", ruleset, "--report", "html", "--date", DATE,
        "--out", dir.resolve("html").toString());
    assertThat(html.code()).isZero();
    Golden.compare(golden.resolve("report.html"), Files.readString(dir.resolve("html").resolve(stem + "-bao-cao.html")));
  }

  private static String stem(Path sample) {
    return sample.getFileName().toString().replaceFirst("\\.xlsx$", "");
  }
}
