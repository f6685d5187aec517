package vn.dvht.assess;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Wording;
import vn.dvht.input.ReadOptions;
import vn.dvht.report.ReportFormat;

/**
 * Everything a run of {@code dvht evaluate} needs, as the command line gave it.
 *
 * @param inputs member files, already expanded from folders and patterns
 * @param batch whether they are assessed as a batch (several files, a folder or a pattern)
 * @param ruleset a built-in id or a file; empty: the circular in force for each unit's year
 * @param targets a unit plan ruleset whose {@code plan:} targets are reported beside the circular's
 * @param year the assessment year, overriding the unit sheet's
 * @param unitFile the unit facts of a single CSV member list
 * @param outDir where outputs go; empty: beside the input (one unit) or {@code dvht-ket-qua} (a batch)
 * @param overwrite whether existing outputs may be replaced
 * @param files whether outputs are written (not with {@code --no-files} or {@code --dry-run})
 * @param report the format of each unit's report beside its XLSX summary
 * @param failBelow the level a unit must reach, as typed
 * @param names whether a batch keeps the names of failing members once a unit is done (for its JSON)
 * @param wording the run's language, decided once by the command line
 */
public record AssessOptions(
    List<Path> inputs,
    boolean batch,
    Optional<String> ruleset,
    Optional<String> targets,
    Optional<Integer> year,
    Optional<Path> unitFile,
    Optional<Path> outDir,
    boolean overwrite,
    boolean files,
    ReportFormat report,
    Optional<String> failBelow,
    ReadOptions read,
    LocalDate reportDate,
    boolean names,
    Wording wording) {

  public AssessOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input");
    }
  }

  /** The folder outputs are written to. */
  Path outputFolder() {
    if (outDir.isPresent()) {
      return outDir.get();
    }
    if (batch) {
      return Path.of("dvht-ket-qua");
    }
    return Optional.ofNullable(inputs.get(0).getParent()).orElse(Path.of(""));
  }
}
