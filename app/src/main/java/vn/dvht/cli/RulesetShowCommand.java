package vn.dvht.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.report.RulesetTable;
import vn.dvht.ruleset.LoadedRuleset;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/** {@code dvht ruleset show ID|FILE}: a readable table of levels, criteria, indicators and thresholds. */
@Command(name = "show")
final class RulesetShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID|TỆP", descriptionKey = "ruleset", converter = PathArgument.class)
  String ruleset;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      LoadedRuleset loaded = new RulesetLoader().resolve(ruleset);
      out.print(new RulesetTable(loaded.ruleset()).text(DvhtCommand.wording(spec)));
      return ExitCode.OK.code();
    } catch (RulesetException e) {
      spec.commandLine().getErr().print(new DiagnosticFormatter(DvhtCommand.wording(spec), e::sourceLines).formatAll(e.diagnostics()));
      return ExitCode.INVALID.code();
    }
  }
}
