package vn.dvht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;
import vn.dvht.eval.RulesetTestRunner;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/** {@code dvht ruleset test FILE|DIR…}: runs the {@code tests:} each ruleset carries, like a test runner. */
@Command(name = "test")
final class RulesetTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ID|TỆP|THƯ-MỤC", descriptionKey = "targets")
  List<String> targets;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int passed = 0;
    int failed = 0;
    boolean invalid = false;
    for (String target : expand()) {
      LoadedRuleset loaded;
      try {
        loaded = new RulesetLoader().resolve(target);
      } catch (RulesetException e) {
        err.print(new DiagnosticFormatter(e::sourceLines).formatAll(e.diagnostics()));
        invalid = true;
        continue;
      }
      for (RulesetTestRunner.Result result : new RulesetTestRunner().run(loaded.ruleset())) {
        String place = loaded.origin() + ":" + result.test().line();
        if (result.passed()) {
          passed++;
          out.println(Messages.get("test.pass", place, result.test().name()));
        } else {
          failed++;
          out.println(Messages.get("test.fail", place, result.test().name()));
          result.failures().forEach(f -> out.println("    " + Messages.get("test.mismatch", f.what(), f.expected(),
              f.actual())));
        }
      }
    }
    out.println(Messages.get("test.summary", passed, failed));
    if (invalid) {
      return ExitCode.INVALID.code();
    }
    return failed > 0 ? ExitCode.TESTS_FAILED.code() : ExitCode.OK.code();
  }

  private List<String> expand() throws IOException {
    List<String> all = new ArrayList<>();
    for (String target : targets) {
      Path path = Path.of(target);
      if (!RulesetLoader.isBuiltin(target) && Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(ya?ml|json)$")).sorted()
              .forEach(p -> all.add(p.toString()));
        }
      } else {
        all.add(target);
      }
    }
    return all;
  }
}
