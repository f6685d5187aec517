package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.samples.SampleWorkbooks;
import vn.dvht.testing.CliRun;

/**
 * The summary workbook and the Word report open in LibreOffice and show every count the JSON result
 * has. Runs only where LibreOffice ({@code soffice}) and poppler ({@code pdftotext}) are installed; see
 * docs/rendering.md.
 */
class LibreOfficeRenderIT {

  static Stream<String> samples() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      return files.filter(p -> p.toString().endsWith(".xlsx")).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void libreOfficeOpensBothFilesAndShowsEveryCount(String sample, @TempDir Path out) throws Exception {
    assumeTrue(onPath("soffice") && onPath("pdftotext"), "LibreOffice and poppler are not installed");
    CliRun run = CliRun.of("evaluate", "../samples/" + sample, "--ruleset", SampleWorkbooks.rulesetOf(sample),
        "--json", "--out", out.toString());
    assertThat(run.code()).isZero();
    String stem = sample.replace(".xlsx", "");
    for (String file : List.of(stem + "-ket-qua.xlsx", stem + "-bao-cao.docx")) {
      String text = pdfText(out, out.resolve(file));
      for (JsonNode level : new ObjectMapper().readTree(run.out()).path("units").path(0).path("levels")) {
        for (JsonNode indicator : level.path("indicators")) {
          if (indicator.path("kind").asText().equals("share") && !indicator.path("status").asText().equals("khong-ap-dung")) {
            assertThat(text).as("%s shows %s", file, indicator.path("id").asText())
                .contains(indicator.path("id").asText(), indicator.path("numerator").asText(),
                    indicator.path("denominator").asText());
          }
        }
      }
    }
  }

  private static String pdfText(Path dir, Path document) throws Exception {
    // A profile of its own: soffice runs of other builds on the machine would otherwise hold the shared one's lock.
    exec(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
        "--outdir", dir.toString(), document.toString());
    Path pdf = dir.resolve(document.getFileName().toString().replaceFirst("\\.[^.]+$", ".pdf"));
    assertThat(pdf).as("LibreOffice converted %s", document.getFileName()).exists();
    Path txt = dir.resolve(pdf.getFileName() + ".txt");
    exec(dir, "pdftotext", "-layout", pdf.toString(), txt.toString());
    return Files.readString(txt, StandardCharsets.UTF_8);
  }

  private static void exec(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("process.log").toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
