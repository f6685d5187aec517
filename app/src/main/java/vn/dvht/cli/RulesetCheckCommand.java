package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Wording;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/**
 * {@code dvht ruleset check FILE|DIR…}: loads every ruleset named (directories are searched for
 * .yaml, .yml and .json) and reports every problem of every file, for people and for CI. A
 * directory with no ruleset in it is a usage error: a mistyped path must not pass.
 */
@Command(name = "check")
final class RulesetCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ID|TỆP|THƯ-MỤC", descriptionKey = "paths")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "text", completionCandidates = CheckFormat.Names.class)
  String format;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  /** One file's outcome: its errors and warnings, the source lines they point into, and how long it took. */
  record Checked(String file, List<Diagnostic> diagnostics, Function<String, List<String>> sourceLines, Duration time) {
    /** Valid: no error (warnings do not fail a check). */
    boolean valid() {
      return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Wording wording = DvhtCommand.wording(spec);
    Optional<CheckFormat> chosen = CheckFormat.named(format);
    if (chosen.isEmpty()) {
      err.println(wording.get("check.unknownFormat", format, "text, json, sarif, junit, github"));
      return ExitCode.USAGE.code();
    }
    CiRun.Timer timer = CiRun.start(DvhtCommand.of(spec));
    Optional<List<Path>> files = rulesetFiles(wording, paths, err);
    if (files.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    List<Checked> results = new ArrayList<>();
    for (Path file : files.get()) {
      Instant started = timer.now();
      try {
        // A built-in id (tt24) is checked as "ruleset test" and --ruleset take it, unless a file has that name.
        LoadedRuleset loaded = Files.exists(file) ? new RulesetLoader().load(file)
            : new RulesetLoader().resolve(file.toString());
        results.add(new Checked(file.toString(), loaded.warnings(), loaded::sourceLines, timer.since(started)));
      } catch (RulesetException e) {
        results.add(new Checked(file.toString(), e.diagnostics(), e::sourceLines, timer.since(started)));
      }
    }
    out.print(chosen.get().render(wording, results, timer.stop()));
    out.flush();
    return results.stream().allMatch(Checked::valid) ? ExitCode.OK.code() : ExitCode.INVALID.code();
  }

  /**
   * The files named, and the ruleset files (.yaml, .yml, .json) under the directories named, sorted;
   * empty after saying on {@code err} which directory holds none.
   */
  static Optional<List<Path>> rulesetFiles(Wording wording, List<Path> paths, PrintWriter err) throws IOException {
    List<Path> files = new ArrayList<>();
    boolean empty = false;
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        List<Path> found = walk.filter(RulesetCheckCommand::isRuleset).sorted().toList();
        if (found.isEmpty()) {
          err.println(wording.get("check.emptyDirectory", path));
          empty = true;
        }
        files.addAll(found);
      }
    }
    return empty ? Optional.empty() : Optional.of(files);
  }

  private static boolean isRuleset(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  /** Text for people: each problem with its source line and caret, then a summary line. */
  static String text(Wording wording, List<Checked> results) {
    StringBuilder out = new StringBuilder();
    for (Checked result : results) {
      out.append(new DiagnosticFormatter(wording, result.sourceLines()).formatAll(result.diagnostics()));
    }
    return out.append(summary(wording, results)).append('\n').toString();
  }

  /** "Hợp lệ: 7 tệp bộ tiêu chí." or how many files and errors there are, then the warnings if any. */
  static String summary(Wording wording, List<Checked> results) {
    long invalid = results.stream().filter(r -> !r.valid()).count();
    long errors = results.stream().flatMap(r -> r.diagnostics().stream()).filter(Diagnostic::isError).count();
    long warnings = results.stream().mapToLong(r -> r.diagnostics().size()).sum() - errors;
    String summary = invalid == 0 ? wording.get("check.allValid", results.size())
        : wording.get("check.summary", results.size(), invalid, errors);
    return warnings > 0 ? summary + " " + wording.get("check.warnings", warnings) : summary;
  }
}
