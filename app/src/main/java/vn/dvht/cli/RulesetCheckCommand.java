package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import vn.dvht.diag.Messages;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/**
 * {@code dvht ruleset check FILE|DIR…}: loads every ruleset named (directories are searched for
 * .yaml, .yml and .json) and reports every problem of every file, for people and for CI.
 */
@Command(name = "check")
final class RulesetCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TỆP|THƯ-MỤC", descriptionKey = "paths")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "text")
  String format;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  /** One file's outcome: its errors and warnings, and the source lines they point into. */
  record Checked(String file, List<Diagnostic> diagnostics, Function<String, List<String>> sourceLines) {
    /** Valid: no error (warnings do not fail a check). */
    boolean valid() {
      return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckFormat chosen;
    try {
      chosen = CheckFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println(Messages.get("check.unknownFormat", format));
      return ExitCode.USAGE.code();
    }
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(RulesetCheckCommand::isRuleset).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    List<Checked> results = new ArrayList<>();
    for (Path file : files) {
      try {
        LoadedRuleset loaded = new RulesetLoader().load(file);
        results.add(new Checked(file.toString(), loaded.warnings(), loaded::sourceLines));
      } catch (RulesetException e) {
        results.add(new Checked(file.toString(), e.diagnostics(), e::sourceLines));
      }
    }
    out.print(chosen.render(results));
    out.flush();
    return results.stream().allMatch(Checked::valid) ? ExitCode.OK.code() : ExitCode.INVALID.code();
  }

  private static boolean isRuleset(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  /** Text for people: each problem with its source line and caret, then a summary line. */
  static String text(List<Checked> results) {
    StringBuilder out = new StringBuilder();
    for (Checked result : results) {
      out.append(new DiagnosticFormatter(result.sourceLines()).formatAll(result.diagnostics()));
    }
    long invalid = results.stream().filter(r -> !r.valid()).count();
    long errors = results.stream().flatMap(r -> r.diagnostics().stream()).filter(Diagnostic::isError).count();
    long warnings = results.stream().mapToLong(r -> r.diagnostics().size()).sum() - errors;
    out.append(invalid == 0 ? Messages.get("check.allValid", results.size())
        : Messages.get("check.summary", results.size(), invalid, errors));
    if (warnings > 0) {
      out.append(' ').append(Messages.get("check.warnings", warnings));
    }
    return out.append('\n').toString();
  }
}
