package vn.dvht.cli;

import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code dvht} command: help, version, and the subcommands. Every help text of every
 * command comes from the {@value #HELP} resource bundle, in the language {@link Main} chose.
 */
@Command(
    name = "dvht",
    resourceBundle = DvhtCommand.HELP,
    versionProvider = Version.class,
    subcommands = {EvaluateCommand.class, TemplateCommand.class, DiffCommand.class, RulesetCommand.class})
final class DvhtCommand implements Runnable {
  static final String HELP = "vn.dvht.help";

  final Clock clock;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true)
  boolean version;

  @Option(names = LanguageOption.NAME, paramLabel = "vi|en", scope = ScopeType.INHERIT)
  String language;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  DvhtCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
