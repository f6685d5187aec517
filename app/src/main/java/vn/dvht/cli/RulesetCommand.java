package vn.dvht.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dvht ruleset …}: tools for the people who maintain rulesets. */
@Command(
    name = "ruleset",
    subcommands = {RulesetCheckCommand.class, RulesetTestCommand.class, RulesetListCommand.class, RulesetShowCommand.class,
        RulesetSchemaCommand.class})
final class RulesetCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
