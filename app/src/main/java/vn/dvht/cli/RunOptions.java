package vn.dvht.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options {@code evaluate} and {@code tham-dinh} share, declared once and mixed into both: the
 * ruleset, the year, the output folder, whether outputs may be replaced or are written at all, JSON on
 * stdout, the date the documents carry. Each command's help says what they default to there
 * ({@code dvht.<command>.<option>} in the help bundle), as the defaults differ (a unit's year, an office).
 */
final class RunOptions {
  @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|TỆP", converter = PathArgument.class)
  String ruleset;

  @Option(names = "--year", paramLabel = "NĂM")
  Integer year;

  @Option(names = {"-o", "--out"}, paramLabel = "THƯ-MỤC")
  Path outDir;

  @Option(names = "--overwrite")
  boolean overwrite;

  @Option(names = "--no-files")
  boolean noFiles;

  @Option(names = "--json")
  boolean json;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  LocalDate reportDate;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  Optional<String> ruleset() {
    return Optional.ofNullable(ruleset);
  }

  Optional<Integer> year() {
    return Optional.ofNullable(year);
  }

  Optional<Path> outDir() {
    return Optional.ofNullable(outDir);
  }

  /** The date the documents carry: {@code --date}, or today on {@code clock}. */
  LocalDate date(Clock clock) {
    return reportDate != null ? reportDate : LocalDate.now(clock);
  }
}
