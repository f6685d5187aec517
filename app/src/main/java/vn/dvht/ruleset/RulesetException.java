package vn.dvht.ruleset;

import java.util.List;
import java.util.Map;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;

/** Every problem found in a ruleset, plus its source lines so messages can show a caret. */
public final class RulesetException extends DiagnosticException {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, List<String>> sources;

  public RulesetException(List<Diagnostic> diagnostics, Map<String, List<String>> sources) {
    super(diagnostics);
    this.sources = Map.copyOf(sources);
  }

  /** The lines of {@code file} as loaded, or an empty list. */
  public List<String> sourceLines(String file) {
    return sources.getOrDefault(file, List.of());
  }
}
