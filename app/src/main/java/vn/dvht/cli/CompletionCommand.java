package vn.dvht.cli;

import java.text.Normalizer;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** A variable picocli names after a parameter label ("ĐỊNHDẠNG_option_args"), which bash accepts in ASCII only. */
  private static final Pattern VARIABLE = Pattern.compile("(\\w*[^\\x00-\\x7F][\\w\\p{L}\\p{M}]*)(_option_args)",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** The script with its variable names in ASCII: "ĐỊNHDẠNG_option_args" becomes "DINHDANG_option_args". */
  static String asciiNames(String script) {
    return VARIABLE.matcher(script).replaceAll(m -> Matcher.quoteReplacement(
        Normalizer.normalize(m.group(1).replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
            .replaceAll("[^A-Za-z0-9_]", "") + m.group(2)));
  }

  @Override
  public Integer call() {
    // Unix line ends whatever the platform: bash rejects a script with carriage returns.
    spec.commandLine().getOut().print(asciiNames(AutoComplete.bash(spec.root().name(), spec.root().commandLine())) + "\n");
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
