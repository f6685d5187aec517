package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.testing.BothLanguagesAtOnce;
import vn.dvht.testing.CliRun;

/**
 * The command line decides the run's language once and hands it down as a value: a Vietnamese and an
 * English run of the same command at the same time in one JVM each print exactly what they print alone,
 * whatever the process-wide catalogue ({@link Messages#use}) says — set to the other language in turn, so
 * that a word still read from it shows up in one of the two runs.
 */
class TwoLanguagesOnTheCommandLineTest {
  private static final String SAMPLE = "../samples/003-thpt-ly-nhan.xlsx";

  /** Commands whose stdout and stderr say something in words: results, a dry run, errors, CI formats. */
  static Stream<List<String>> commands() {
    return Stream.of(
        List.of("evaluate", SAMPLE, "--no-files"),
        List.of("evaluate", SAMPLE, "--dry-run"),
        List.of("evaluate", "khong-co.xlsx", "--no-files"),
        List.of("evaluate", SAMPLE, "--report", "pdf"),
        List.of("evaluate", SAMPLE, "--khong-co"),
        List.of("ruleset", "check", RulesetCommandTest.INVALID),
        List.of("ruleset", "check", RulesetCommandTest.INVALID, "--format", "sarif"),
        List.of("ruleset", "list"),
        List.of("template", "--level", "khong-co", "-o", "x.xlsx"),
        List.of("--version"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void eachRunPrintsItsOwnLanguageWhileTheOtherRuns(List<String> command) throws Exception {
    CliRun vi = run(command, "vi");
    CliRun en = run(command, "en");
    BothLanguagesAtOnce.giveWhatEachGivesAlone(command, vi, en, (language, ambient) -> run(command, language));
  }

  private static CliRun run(List<String> command, String language) {
    return CliRun.of(Stream.concat(command.stream(), Stream.of("--lang", language)).toArray(String[]::new));
  }
}
