package vn.dvht.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import vn.dvht.diag.Wording;

/**
 * Asks for the workbook's password when {@code --password} has no value: on the terminal without
 * echo when there is one, else the prompt goes to stderr and the password is read from stdin — the
 * prompt never reaches stdout, where the JSON result may be going.
 */
final class PasswordPrompt {
  /** The value picocli gives {@code --password} written without one. */
  static final String ASK = "\u0000ask";

  private PasswordPrompt() {}

  static String ask(Wording wording, PrintWriter err) {
    Console console = System.console();
    if (console != null) {
      char[] typed = console.readPassword("%s", wording.get("cli.passwordPrompt"));
      return typed == null ? "" : new String(typed);
    }
    err.print(wording.get("cli.passwordPrompt"));
    err.flush();
    try {
      String line = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      return "";
    }
  }
}
