package vn.dvht.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.dvht.cli.Main;

/** Runs dvht in-process with captured stdout/stderr and a fixed clock (10 January 2026). */
public record CliRun(int code, String out, String err) {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.ofHours(7));

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
    return new CliRun(code, out.toString(), err.toString());
  }
}
