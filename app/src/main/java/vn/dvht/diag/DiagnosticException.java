package vn.dvht.diag;

import java.util.List;

/** Thrown once, after collecting, when a ruleset or an input cannot be used. */
public class DiagnosticException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public DiagnosticException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "no diagnostics" : diagnostics.get(0).code() + " " + diagnostics.get(0).message());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public DiagnosticException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
