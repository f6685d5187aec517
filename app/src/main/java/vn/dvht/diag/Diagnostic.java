package vn.dvht.diag;

/** One problem found in a ruleset or an input file, with a stable code and a position. */
public record Diagnostic(Severity severity, String code, String message, SourcePosition position) {

  public static Diagnostic error(String code, SourcePosition position, String message) {
    return new Diagnostic(Severity.ERROR, code, message, position);
  }

  public static Diagnostic warning(String code, SourcePosition position, String message) {
    return new Diagnostic(Severity.WARNING, code, message, position);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
