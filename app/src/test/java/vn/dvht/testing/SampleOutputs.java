package vn.dvht.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.dvht.samples.SampleWorkbooks;

/**
 * Every kind of Office file dvht writes, made from the samples into one folder: each sample's summary workbook
 * and Word report with its own ruleset, in English, and with its plan; the province form's report (with its
 * letter, and without one for a unit that reached nothing); the batch workbook; the template workbooks (tt24,
 * tt22, the office's and the register's); the office's appraisal documents in both languages and the merged
 * workbook. New outputs of these commands are picked up by their file names.
 *
 * <pre>{@code
 * List<Path> files = SampleOutputs.write(dir);   // every .xlsx and .docx written
 * }</pre>
 */
public final class SampleOutputs {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path PLANS = Path.of("..", "rulesets", "plans");
  private static final Path PROVINCE = Path.of("..", "rulesets", "provinces", "vi-du-mau-so-4.yaml");
  private static final String DATE = "2026-01-10";

  private SampleOutputs() {}

  /** Writes everything under {@code dir}; returns the Office files, sorted. */
  public static List<Path> write(Path dir) throws IOException {
    List<String> samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList();
    }
    List<String> batch = new ArrayList<>(List.of("evaluate", "--out", dir.resolve("batch").toString(), "--quiet",
        "--date", DATE));
    for (String sample : samples) {
      String ruleset = SampleWorkbooks.rulesetOf(sample);
      Path plan = PLANS.resolve(sample.replace(".xlsx", ".yaml"));
      evaluate(dir.resolve("vi"), sample, "--ruleset", ruleset);
      evaluate(dir.resolve("en"), sample, "--ruleset", ruleset, "--lang", "en");
      if (Files.exists(plan)) {
        evaluate(dir.resolve("plan"), sample, "--ruleset", ruleset, "--targets", plan.toString());
      }
      batch.add(SAMPLES.resolve(sample).toString());
    }
    // Some sample's year calls for another ruleset than its own: the batch then has a file-errors sheet too.
    assertThat(CliRun.of(batch.toArray(String[]::new)).code()).isIn(0, 3);
    for (String sample : List.of("003-thpt-ly-nhan.xlsx", "001-mn-hoa-sen.xlsx")) {
      evaluate(dir.resolve("province"), sample, "--ruleset", PROVINCE.toString());
    }
    Path template = Files.createDirectories(dir.resolve("template"));
    run("template", "-r", "tt24", "-o", template.resolve("mau-tt24.xlsx").toString());
    run("template", "-r", "tt22", "-o", template.resolve("mau-tt22.xlsx").toString());
    run("template", "-r", "tt24", "--lang", "en", "-o", template.resolve("mau-tt24-en.xlsx").toString());
    run("template", "--hoi-dong", "-o", template.resolve("mau-hoi-dong.xlsx").toString());
    run("template", "--so-theo-doi", "-o", template.resolve("mau-so-theo-doi.xlsx").toString());
    OfficeFixture office = OfficeFixture.generate(dir.resolve("office"), 12, 7L);
    for (String lang : List.of("vi", "en")) {
      run("tham-dinh", office.submissions().toString(), "--hoi-dong", office.setup().toString(), "--so-theo-doi",
          office.register().toString(), "--out", dir.resolve("office-" + lang).toString(), "--date", "2026-02-06",
          "--lang", lang);
    }
    Path merged = Files.createDirectories(dir.resolve("merge"));
    run("tong-hop", dir.resolve("office-vi").resolve("ket-qua-tham-dinh.json").toString(), "-o",
        merged.resolve("tong-hop-ket-qua-cong-nhan.xlsx").toString());
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> !p.startsWith(dir.resolve("office")))
          .filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".docx")).sorted().toList();
    }
  }

  private static void evaluate(Path out, String sample, String... options) {
    List<String> args = new ArrayList<>(List.of("evaluate", SAMPLES.resolve(sample).toString(), "--quiet", "--date",
        DATE, "--out", out.toString()));
    args.addAll(List.of(options));
    run(args.toArray(String[]::new));
  }

  private static void run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.code()).as("%s: %s", String.join(" ", args), run.err()).isZero();
  }
}
