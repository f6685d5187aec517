package vn.dvht.input;

import java.util.List;
import vn.dvht.diag.Warnings;
import vn.dvht.model.Unit;

/**
 * A unit read from its files, the data warnings found on the way (each counted, the first of each code
 * listed), the files read, and how they were understood.
 */
public record ReadUnit(Unit unit, Warnings warnings, List<InputFile> files, Layout layout) {
  public ReadUnit {
    files = List.copyOf(files);
  }

  /** An input file as named by the user, with its SHA-256. */
  public record InputFile(String name, String sha256) {}
}
