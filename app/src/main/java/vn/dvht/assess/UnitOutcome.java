package vn.dvht.assess;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.report.Assessment;

/**
 * What became of one input: its assessment (in a batch, only its summary is kept once its files are
 * written) and the files written, or the problems that kept it from being evaluated.
 */
public record UnitOutcome(Path input, Optional<Assessment> assessment, List<Path> outputs, List<Diagnostic> problems) {
  public UnitOutcome {
    outputs = List.copyOf(outputs);
    problems = List.copyOf(problems);
  }

  static UnitOutcome failed(Path input, List<Diagnostic> problems) {
    return new UnitOutcome(input, Optional.empty(), List.of(), problems);
  }
}
