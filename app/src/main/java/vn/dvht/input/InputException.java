package vn.dvht.input;

import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;

/** An input file that cannot be evaluated, with every problem found and where to fix it. */
public final class InputException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  public InputException(List<Diagnostic> diagnostics) {
    super(diagnostics);
  }

  public InputException(Diagnostic diagnostic) {
    super(diagnostic);
  }

  /** A library's error message without the Java class name some of them start with, for quoting to a clerk. */
  static String withoutClassName(String message) {
    return message.replaceAll("([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
  }
}
