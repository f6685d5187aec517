package vn.dvht.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.dvht.diag.Wording;

/**
 * The top-level {@code dvht} command: help, version, and the subcommands. Every help text of every
 * command comes from the {@value #HELP} resource bundle, and every message from {@link #wording}, in the
 * language {@link Main} chose; a subcommand reaches them through {@link #of}.
 */
@Command(
    name = "dvht",
    resourceBundle = DvhtCommand.HELP,
    versionProvider = Version.class,
    subcommands = {EvaluateCommand.class, AppraiseCommand.class, MergeCommand.class, TemplateCommand.class,
        DiffCommand.class, SchemaCommand.class, RulesetCommand.class, CompletionCommand.class, ExplorerDropCommand.class})
final class DvhtCommand implements Runnable {
  static final String HELP = "vn.dvht.help";

  final Clock clock;
  /** Environment variables, looked up (the process's, or a test's). */
  final Function<String, String> env;
  /** Standard output as bytes, for a file written to "-" (an XLSX template). */
  final OutputStream stdout;
  /** The run's language, decided once by {@link Main} before parsing; every command words its text with it. */
  final Wording wording;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true)
  boolean version;

  @Option(names = LanguageOption.NAME, paramLabel = "vi|en", scope = ScopeType.INHERIT)
  String language;

  @picocli.CommandLine.Spec
  CommandSpec spec;

  /**
   * As a standalone tool such as picocli's {@code AutoComplete} creates it: the system clock and environment,
   * in Vietnamese.
   */
  DvhtCommand() {
    this(Clock.systemDefaultZone(), System::getenv, new FileOutputStream(FileDescriptor.out), Language.VI.wording());
  }

  DvhtCommand(Clock clock, Function<String, String> env, OutputStream stdout, Wording wording) {
    this.clock = clock;
    this.env = env;
    this.stdout = stdout;
    this.wording = wording;
  }

  /** The top-level command of the command line {@code spec} belongs to. */
  static DvhtCommand of(CommandSpec spec) {
    return (DvhtCommand) spec.root().userObject();
  }

  /** The run's wording, for the command {@code spec} describes (or a mixin of it). */
  static Wording wording(CommandSpec spec) {
    return of(spec).wording;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
