package vn.dvht.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.diag.Wording;
import vn.dvht.input.ReadOptions;
import vn.dvht.report.ReportFormat;
import vn.dvht.testing.BothLanguagesAtOnce;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.DocxDump;
import vn.dvht.testing.XlsxDump;

/**
 * The run's language is a value, not process-wide state: a Vietnamese and an English evaluation running
 * at the same time in one JVM each write outputs entirely in their own language, the same as each
 * writes alone from the command line. To catch any word still read from ambient state, the pair runs
 * with the process-wide language ({@link Messages#use}) set to English, then to Vietnamese: each run
 * meets the other language there in turn, and must not take a word from it.
 */
class TwoLanguagesAtOnceTest {
  private static final Path SAMPLE = Path.of("..", "samples", "003-thpt-ly-nhan.xlsx");
  private static final String DATE = "2026-11-20";
  private static final List<ReportFormat> REPORTS = List.of(ReportFormat.DOCX, ReportFormat.MARKDOWN,
      ReportFormat.HTML, ReportFormat.JSON);

  @Test
  void aVietnameseAndAnEnglishRunAtOnceEachWriteTheirOwnLanguage(@TempDir Path dir) throws Exception {
    for (ReportFormat report : REPORTS) {
      List<String> vi = alone(dir, "vi", report);
      List<String> en = alone(dir, "en", report);
      BothLanguagesAtOnce.giveWhatEachGivesAlone(report, vi, en,
          (language, ambient) -> run(dir.resolve("together-" + report + "-" + ambient).resolve(language), language, report));
    }
  }

  /** The outputs of one evaluation in {@code language}, run alone from the command line. */
  private static List<String> alone(Path dir, String language, ReportFormat report) throws Exception {
    Path out = dir.resolve("alone-" + report + "-" + language);
    CliRun run = CliRun.of("evaluate", SAMPLE.toString(), "--report", report.extension(),
        "--out", out.toString(), "--date", DATE, "--lang", language);
    assertThat(run.code()).as(run.err()).isZero();
    return outputs(out, report);
  }

  /** The outputs of one evaluation in {@code language}, run through the assessment API with its wording. */
  private static List<String> run(Path out, String language, ReportFormat report) throws Exception {
    AssessOptions options = new AssessOptions(List.of(SAMPLE), false, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(out), false, true, report, Optional.empty(),
        ReadOptions.DEFAULT, LocalDate.parse(DATE), false, Wording.of(language));
    try (AssessmentRun run = new AssessmentRun(options)) {
      run.check();
      run.one(SAMPLE, outcome -> { });
    }
    return outputs(out, report);
  }

  /** The unit's workbook as a cell dump and its report as text (a Word report as its dump). */
  private static List<String> outputs(Path out, ReportFormat report) throws Exception {
    String stem = "003-thpt-ly-nhan";
    Path summary = out.resolve(ReportFormat.summaryName(stem));
    Path file = out.resolve(report.reportName(stem));
    return List.of(XlsxDump.of(summary), report == ReportFormat.DOCX ? DocxDump.of(file) : Files.readString(file));
  }
}
