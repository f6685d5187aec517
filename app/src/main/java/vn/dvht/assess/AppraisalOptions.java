package vn.dvht.assess;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Wording;

/**
 * Everything a run of {@code dvht tham-dinh} needs, as the command line gave it.
 *
 * @param inputs folders or files of what the units sent (member lists, dvht's JSON and summary workbooks)
 * @param setup the office's workbook: itself, its council, optionally its area's units
 * @param register the register of earlier decisions; empty the first year
 * @param ruleset a built-in id or a file; empty: tt24
 * @param year the assessment year, over the office sheet's
 * @param outDir where the office's documents go; empty: {@value AppraisalRun#DEFAULT_FOLDER}
 * @param files whether documents are written (not with {@code --no-files})
 * @param reportDate the date the documents carry
 * @param wording the run's language, decided once by the command line
 */
public record AppraisalOptions(List<String> inputs, Path setup, Optional<Path> register, Optional<String> ruleset,
    Optional<Integer> year, Optional<Path> outDir, boolean overwrite, boolean files, LocalDate reportDate,
    Wording wording) {
  public AppraisalOptions {
    inputs = List.copyOf(inputs);
  }

  Path outputFolder() {
    return outDir.orElse(Path.of(AppraisalRun.DEFAULT_FOLDER));
  }
}
