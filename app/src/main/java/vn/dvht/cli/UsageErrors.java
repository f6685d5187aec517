package vn.dvht.cli;

import java.util.List;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A command-line mistake in the user's language, naming the option or argument, never picocli's English. */
final class UsageErrors {
  private UsageErrors() {}

  static String describe(ParameterException e) {
    if (e instanceof MissingParameterException missing) {
      return vn.dvht.diag.Messages.get("usage.missing", names(missing.getMissing()));
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      return vn.dvht.diag.Messages.get("usage.unknown", String.join(" ", unmatched.getUnmatched()));
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return vn.dvht.diag.Messages.get("usage.twice", name(overwritten.getOverwritten()));
    }
    if (e instanceof MaxValuesExceededException) {
      return vn.dvht.diag.Messages.get("usage.tooMany");
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return vn.dvht.diag.Messages.get("usage.badValue", e.getValue(), name(e.getArgSpec()));
    }
    return vn.dvht.diag.Messages.get("usage.other");
  }

  private static String names(List<ArgSpec> specs) {
    return String.join(", ", specs.stream().map(UsageErrors::name).toList());
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }
}
