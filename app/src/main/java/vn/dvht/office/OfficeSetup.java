package vn.dvht.office;

import java.util.List;
import vn.dvht.diag.Diagnostic;

/**
 * What the office fills before a run (the workbook {@code dvht template --hoi-dong} writes): itself, its
 * council, the units of its area (empty when it lists none), and the warnings met reading them.
 */
public record OfficeSetup(String file, Office office, Council council, List<AreaUnit> area,
    List<Diagnostic> warnings) {
  public OfficeSetup {
    area = List.copyOf(area);
    warnings = List.copyOf(warnings);
  }
}
