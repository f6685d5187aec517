package vn.dvht.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dvht generate-completion}: the bash/zsh completion script picocli's {@link AutoComplete}
 * writes for every command and option, e.g. {@code source <(dvht generate-completion)}.
 */
@Command(name = "generate-completion")
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  boolean help;

  @Override
  public Integer call() {
    // Unix line ends whatever the platform: bash rejects a script with carriage returns.
    spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()) + "\n");
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
