package vn.dvht.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import vn.dvht.diag.Wording;

/**
 * picocli's parse errors in dvht's words and language: the option or argument at fault, what was
 * expected, then where the help is. picocli's own (English) text never reaches the user.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private final Wording wording;

  /** Parse errors worded in the run's language. */
  UsageErrors(Wording wording) {
    this.wording = wording;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(wording.get("cli.usageError", describe(ex, args)));
    err.println(wording.get("cli.seeHelp", cli.getCommandSpec().qualifiedName()));
    return ExitCode.USAGE.code();
  }

  /** One sentence saying what is wrong with the command line. */
  String describe(ParameterException ex, String[] args) {
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (ex instanceof CommandLine.MissingParameterException missing) {
      return missing.getMissing().stream().map(spec -> missing(spec, args)).collect(Collectors.joining("; "));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
      return wording.get("cli.repeatedOption", name(overwritten.getOverwritten()));
    }
    if (ex instanceof CommandLine.MaxValuesExceededException) {
      return wording.get("cli.tooManyValues", String.join(" ", args));
    }
    ArgSpec spec = ex.getArgSpec();
    if (spec != null && "".equals(ex.getValue())) {
      return wording.get("cli.emptyArgument", name(spec));
    }
    if (ex.getCause() instanceof WordedConversion worded) {
      return wording.text(worded.sentence());
    }
    if (spec != null && ex.getValue() != null) {
      return wording.get("cli.invalidValue", name(spec), ex.getValue(), expected(spec));
    }
    return wording.get("cli.badArguments", String.join(" ", args));
  }

  private String unmatched(CommandLine.UnmatchedArgumentException ex) {
    List<String> unmatched = ex.getUnmatched();
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    List<String> suggestions = ex.getSuggestions();
    String guess = suggestions.isEmpty() ? "" : " " + wording.get("cli.didYouMean", String.join(", ", suggestions));
    if (ex.isUnknownOption()) {
      return wording.get("cli.unknownOption", first) + guess;
    }
    if (unmatched.contains("") && !spec.positionalParameters().isEmpty()) {
      // picocli leaves a value its converter refused after the first of a list unmatched
      return wording.get("cli.emptyArgument", label(spec.positionalParameters().get(0)));
    }
    if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
      return wording.get("cli.unknownCommand", first, spec.qualifiedName(), commands(spec)) + guess;
    }
    return wording.get("cli.unexpectedArgument", String.join(" ", unmatched));
  }

  private String missing(ArgSpec spec, String[] args) {
    if (spec instanceof OptionSpec option) {
      boolean given = Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names())
          .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
      return wording.get(given ? "cli.missingOptionValue" : "cli.missingOption", name(spec), label(spec));
    }
    return wording.get("cli.missingParameter", label(spec));
  }

  /**
   * A parameter's label ("TỆP", "ID|TỆP") in the run's language: each word of {@code cli.paramWords}
   * ("TỆP FILE|NĂM YEAR|…", longest first; empty in Vietnamese) replaced.
   */
  String label(ArgSpec spec) {
    String label = spec.paramLabel();
    for (String pair : wording.get("cli.paramWords").split("\\|")) {
      String[] words = pair.trim().split(" ");
      if (words.length == 2) {
        label = label.replace(words[0], words[1]);
      }
    }
    return label;
  }

  private String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : label(spec);
  }

  private String expected(ArgSpec spec) {
    Class<?> type = spec.type();
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return wording.get("cli.expectedInteger");
    }
    if (type == LocalDate.class) {
      return wording.get("cli.expectedDate");
    }
    if (type == Path.class) {
      return wording.get("cli.expectedPath");
    }
    return label(spec);
  }

  private String commands(CommandSpec spec) {
    return String.join(", ", spec.subcommands().keySet());
  }
}
