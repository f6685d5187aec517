package vn.dvht.diag;

/**
 * One problem found in a ruleset or an input file, with a stable code and a position; its message is
 * worded where it is shown ({@link DiagnosticFormatter}), in the language the run chose.
 */
public record Diagnostic(Severity severity, String code, Message message, SourcePosition position) {

  public static Diagnostic error(String code, SourcePosition position, Message message) {
    return new Diagnostic(Severity.ERROR, code, message, position);
  }

  public static Diagnostic warning(String code, SourcePosition position, Message message) {
    return new Diagnostic(Severity.WARNING, code, message, position);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
