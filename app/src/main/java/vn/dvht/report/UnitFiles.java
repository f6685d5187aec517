package vn.dvht.report;

import java.util.List;

/** Where a unit of a batch came from (its member file, as given) and the files written for it. */
public record UnitFiles(String input, List<String> outputs) {
  public UnitFiles {
    outputs = List.copyOf(outputs);
  }
}
