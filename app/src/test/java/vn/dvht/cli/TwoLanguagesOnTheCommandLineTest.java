package vn.dvht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvht.diag.Messages;
import vn.dvht.testing.CliRun;

/**
 * The command line decides the run's language once and hands it down as a value: a Vietnamese and an
 * English run of the same command at the same time in one JVM each print exactly what they print alone,
 * whatever the process-wide catalogue ({@link Messages#use}) says — set to the other language in turn, so
 * that a word still read from it shows up in one of the two runs.
 */
class TwoLanguagesOnTheCommandLineTest {
  private static final String SAMPLE = "../samples/003-thpt-ly-nhan.xlsx";
  private static final List<Locale> AMBIENT = List.of(Locale.ENGLISH, Messages.VIETNAMESE);

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
    assertThat(vi.out() + vi.err()).as("the two languages differ").isNotEqualTo(en.out() + en.err());
    for (Locale ambient : AMBIENT) {
      Locale before = Messages.current();
      Messages.use(ambient);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<CliRun> viRun = pool.submit(() -> {
          start.await();
          return run(command, "vi");
        });
        Future<CliRun> enRun = pool.submit(() -> {
          start.await();
          return run(command, "en");
        });
        assertThat(viRun.get()).as("Vietnamese %s, process-wide %s", command, ambient).isEqualTo(vi);
        assertThat(enRun.get()).as("English %s, process-wide %s", command, ambient).isEqualTo(en);
      } finally {
        pool.shutdownNow();
        Messages.use(before);
      }
    }
  }

  private static CliRun run(List<String> command, String language) {
    return CliRun.of(Stream.concat(command.stream(), Stream.of("--lang", language)).toArray(String[]::new));
  }
}
