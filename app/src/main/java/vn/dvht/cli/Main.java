package vn.dvht.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import picocli.CommandLine;
import vn.dvht.diag.Visible;
import vn.dvht.diag.Wording;

/** Entry point: wires picocli with UTF-8 writers, the clock, and dvht's exit codes and messages. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code = run(args, out, err, Clock.systemDefaultZone(), System::getenv, new FileOutputStream(FileDescriptor.out));
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
   * variables (for the default language). A file written to "-" goes to the process's standard output.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Function<String, String> env) {
    return run(args, out, err, clock, env, new FileOutputStream(FileDescriptor.out));
  }

  /**
   * Runs dvht in-process; returns the exit code. {@code bytes} is standard output for binary files
   * written to "-" ({@code out} is flushed first). The run's language is decided here, once, and handed to
   * the commands as a {@link Wording}: no process-wide state, so runs in two languages may overlap.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Function<String, String> env,
      OutputStream bytes) {
    Wording wording = Language.VI.wording();
    try {
      ArgumentFiles.Expanded expanded = ArgumentFiles.expand(args);
      String[] all = expanded.array();
      Optional<Language> language = language(expanded.problem().isPresent() ? args : all, env, err);
      if (language.isEmpty()) {
        return ExitCode.USAGE.code();
      }
      wording = language.get().wording();
      if (expanded.problem().isPresent()) {
        ArgumentFiles.Problem problem = expanded.problem().get();
        err.println(wording.get("cli.usageError", wording.get(problem.messageKey(), problem.file())));
        return ExitCode.USAGE.code();
      }
      CommandLine cli = commandLine(new DvhtCommand(clock, env, bytes, wording));
      cli.setOut(out);
      cli.setErr(err);
      int code = cli.execute(all);
      // A PrintWriter keeps write errors to itself: a full device or a closed pipe would end in success.
      out.flush();
      if (out.checkError()) {
        err.println(wording.get("out.stdout"));
        return code == ExitCode.OK.code() || code == ExitCode.BELOW_LEVEL.code() ? ExitCode.OUTPUT.code() : code;
      }
      return code;
    } catch (OutOfMemoryError e) {
      err.println(wording.get("cli.outOfMemory"));
      return ExitCode.INTERNAL.code();
    } finally {
      out.flush();
      err.flush();
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
        Wording wording = each.wording();
        err.println(wording.get("cli.usageError", wording.get(problem, asked.get())));
      }
    }
    return language;
  }

  /** The command line of {@code top}, its usage help and messages in {@code top}'s language, for this run only. */
  static CommandLine commandLine(DvhtCommand top) {
    Wording wording = top.wording;
    CommandLine cli = new CommandLine(top);
    cli.setResourceBundle(help(wording.locale()));
    // Argument files are expanded before parsing (ArgumentFiles), where --lang is looked for too.
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(new UsageErrors(wording));
    cli.registerConverter(java.nio.file.Path.class, PathArgument::path);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
        if (cause instanceof OutOfMemoryError) {
          err.println(wording.get("cli.outOfMemory"));
          return ExitCode.INTERNAL.code();
        }
        // Under a POSIX locale (cron, systemd, containers) a Vietnamese name has no bytes: say so, not "internal".
        if (cause instanceof InvalidPathException invalid) {
          err.println(wording.get("cli.unusableName", Visible.of(invalid.getInput()),
              System.getProperty("sun.jnu.encoding", "?")));
          return ExitCode.USAGE.code();
        }
      }
      err.println(wording.get("cli.internalError", ex.getClass().getName() + ": " + ex.getMessage()));
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
