package vn.dvht.report;

import java.util.List;
import vn.dvht.diag.Diagnostic;

/** A unit file of a batch that could not be evaluated, with every problem found in it. */
public record FileFailure(String file, List<Diagnostic> problems) {
  public FileFailure {
    problems = List.copyOf(problems);
  }
}
