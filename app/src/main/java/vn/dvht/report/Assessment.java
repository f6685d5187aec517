package vn.dvht.report;

import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.eval.EvaluationResult;

/** What a renderer renders: the result, the data warnings met while reading, and the stamp. */
public record Assessment(EvaluationResult result, List<Diagnostic> warnings, Stamp stamp) {
  public Assessment {
    warnings = List.copyOf(warnings);
  }
}
