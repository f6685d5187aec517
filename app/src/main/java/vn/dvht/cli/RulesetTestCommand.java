package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Wording;
import vn.dvht.eval.RulesetTestRunner;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/**
 * {@code dvht ruleset test FILE|DIR|ID…}: runs the {@code tests:} each ruleset carries, like a test
 * runner, for people (text) or CI (JSON, JUnit XML, GitHub annotations). Exit code 6 when a test fails,
 * 3 when a ruleset cannot be loaded, 2 when there is nothing to test.
 */
@Command(name = "test")
final class RulesetTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ID|TỆP|THƯ-MỤC", descriptionKey = "targets", converter = PathArgument.class)
  List<String> targets;

  @Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "text", completionCandidates = TestFormat.Names.class)
  String format;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  /**
   * One ruleset's run: where it came from, the problems that kept it from loading (if any), and its
   * tests' results with the time they took together.
   */
  record Tested(String origin, Optional<RulesetException> invalid, List<RulesetTestRunner.Result> results,
      Duration time) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Wording wording = DvhtCommand.wording(spec);
    Optional<TestFormat> chosen = TestFormat.named(format);
    if (chosen.isEmpty()) {
      err.println(wording.get("check.unknownFormat", format, "text, json, junit, github"));
      return ExitCode.USAGE.code();
    }
    CiRun.Timer timer = CiRun.start(DvhtCommand.of(spec));
    Optional<List<String>> expanded = expand(err);
    if (expanded.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    List<Tested> all = new ArrayList<>();
    for (String target : expanded.get()) {
      Instant started = timer.now();
      try {
        LoadedRuleset loaded = new RulesetLoader().resolve(target);
        List<RulesetTestRunner.Result> results = new RulesetTestRunner().run(loaded.ruleset());
        all.add(new Tested(loaded.origin(), Optional.empty(), results, timer.since(started)));
      } catch (RulesetException e) {
        if (chosen.get() == TestFormat.TEXT) {
          err.print(new DiagnosticFormatter(wording, e::sourceLines).formatAll(e.diagnostics()));
        }
        all.add(new Tested(target, Optional.of(e), List.of(), timer.since(started)));
      }
    }
    if (all.stream().allMatch(t -> t.invalid().isEmpty() && t.results().isEmpty())) {
      err.println(wording.get("test.none", String.join(", ", targets)));
      return ExitCode.USAGE.code();
    }
    out.print(chosen.get().render(wording, all, timer.stop()));
    out.flush();
    if (all.stream().anyMatch(t -> t.invalid().isPresent())) {
      return ExitCode.INVALID.code();
    }
    boolean failed = all.stream().anyMatch(t -> t.results().stream().anyMatch(r -> !r.passed()));
    return failed ? ExitCode.TESTS_FAILED.code() : ExitCode.OK.code();
  }

  /** Built-in ids as they are, files, and the rulesets under directories; empty after saying what is wrong. */
  private Optional<List<String>> expand(PrintWriter err) throws IOException {
    List<String> all = new ArrayList<>();
    boolean nothing = false;
    for (String target : targets) {
      if (RulesetLoader.isBuiltin(target) || !isDirectory(target)) {
        all.add(target);
        continue;
      }
      Optional<List<Path>> files = RulesetCheckCommand.rulesetFiles(DvhtCommand.wording(spec), List.of(Path.of(target)), err);
      files.ifPresent(found -> found.forEach(p -> all.add(p.toString())));
      nothing |= files.isEmpty();
    }
    return nothing ? Optional.empty() : Optional.of(all);
  }

  private static boolean isDirectory(String target) {
    try {
      return Files.isDirectory(Path.of(target));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }
}
