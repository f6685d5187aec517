package vn.dvht.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

  /** Runs dvht in-process, as tests do; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    CommandLine cli = commandLine(clock);
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(Clock clock) {
    CommandLine cli = new CommandLine(new DvhtCommand(clock));
    cli.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println(Messages.get("cli.usageError", ex.getMessage()));
      err.println(Messages.get("cli.seeHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
      return ExitCode.USAGE.code();
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println(Messages.get("cli.internalError", ex.getClass().getName() + ": " + ex.getMessage()));
      if (System.getenv("DVHT_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      return ExitCode.INTERNAL.code();
    });
    return cli;
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}
