package vn.dvht.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dvht.model.RulesetInfo;
import vn.dvht.ruleset.RulesetException;
import vn.dvht.ruleset.RulesetLoader;

/** {@code dvht ruleset list}: the built-in rulesets with their circular and dates. */
@Command(name = "list")
final class RulesetListCommand implements Callable<Integer> {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() throws RulesetException {
    PrintWriter out = spec.commandLine().getOut();
    for (String id : RulesetLoader.BUILTIN) {
      RulesetInfo info = new RulesetLoader().loadBuiltin(id).ruleset().info();
      String until = info.effectiveUntil().equals(RulesetInfo.OPEN_END) ? "…" : info.effectiveUntil().format(DAY);
      out.println(DvhtCommand.wording(spec).get("list.line", id, info.circular(), info.effectiveFrom().format(DAY), until,
          info.title()));
    }
    return ExitCode.OK.code();
  }
}
