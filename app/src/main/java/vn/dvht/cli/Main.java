package vn.dvht.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import picocli.CommandLine;
import vn.dvht.diag.Messages;

/** Entry point: wires picocli with UTF-8 writers, the clock, and dvht's exit codes and messages. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code = run(args, out, err, Clock.systemDefaultZone());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs dvht in-process with the process environment; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    return run(args, out, err, clock, System::getenv);
  }

  /**
   * Runs dvht in-process, as tests do; returns the exit code. {@code env} looks up environment
   * variables (for the default language). The message language in use before the call is restored.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Function<String, String> env) {
    Locale before = Messages.current();
    try {
      Optional<Language> language = language(args, env, err);
      if (language.isEmpty()) {
        return ExitCode.USAGE.code();
      }
      Messages.use(language.get().locale());
      CommandLine cli = commandLine(clock, language.get().locale());
      cli.setOut(out);
      cli.setErr(err);
      int code = cli.execute(args);
      // A PrintWriter keeps write errors to itself: a full device or a closed pipe would end in success.
      out.flush();
      if (out.checkError()) {
        err.println(Messages.get("out.stdout"));
        return code == ExitCode.OK.code() || code == ExitCode.BELOW_LEVEL.code() ? ExitCode.OUTPUT.code() : code;
      }
      return code;
    } catch (OutOfMemoryError e) {
      err.println(Messages.get("cli.outOfMemory"));
      return ExitCode.INTERNAL.code();
    } finally {
      out.flush();
      err.flush();
      Messages.use(before);
    }
  }

  /** The language asked for with --lang, else the environment's; empty after reporting a bad --lang value. */
  private static Optional<Language> language(String[] args, Function<String, String> env, PrintWriter err) {
    Optional<String> asked = LanguageOption.value(args);
    if (asked.isEmpty()) {
      return Optional.of(Language.fromEnvironment(env));
    }
    Optional<Language> language = Language.of(asked.get());
    if (language.isEmpty()) {
      String problem = asked.get().isBlank() ? "cli.missingLanguage" : "cli.unknownLanguage";
      for (Language each : Language.values()) {
        Locale locale = each.locale();
        err.println(Messages.in(locale, "cli.usageError", Messages.in(locale, problem, asked.get())));
      }
    }
    return language;
  }

  /** The command line with its usage help in {@code locale}'s language, for this run only. */
  static CommandLine commandLine(Clock clock, Locale locale) {
    CommandLine cli = new CommandLine(new DvhtCommand(clock));
    cli.setResourceBundle(help(locale));
    cli.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println(Messages.get("cli.usageError", UsageErrors.describe(ex)));
      err.println(Messages.get("cli.seeHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
      return ExitCode.USAGE.code();
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
        if (cause instanceof OutOfMemoryError) {
          err.println(Messages.get("cli.outOfMemory"));
          return ExitCode.INTERNAL.code();
        }
      }
      err.println(Messages.get("cli.internalError", ex.getClass().getName() + ": " + ex.getMessage()));
      if (System.getenv("DVHT_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      return ExitCode.INTERNAL.code();
    });
    return cli;
  }

  /** The help texts in exactly {@code locale}'s language, never the JVM default locale's. */
  static ResourceBundle help(Locale locale) {
    return ResourceBundle.getBundle(DvhtCommand.HELP, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}
