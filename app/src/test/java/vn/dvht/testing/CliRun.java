package vn.dvht.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import vn.dvht.cli.Main;

/**
 * Runs dvht in-process with captured stdout/stderr, a fixed clock (10 January 2026) and an empty
 * environment unless one is given (so the machine's locale does not change the language).
 */
public record CliRun(int code, String out, String err) {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.ofHours(7));

  public static CliRun of(String... args) {
    return withEnv(Map.of(), args);
  }

  public static CliRun withEnv(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, env::get);
    return new CliRun(code, out.toString(), err.toString());
  }
}
