package vn.dvht.report;

import java.time.LocalDate;
import java.util.List;

/** The reproducibility stamp every output carries: tool version, ruleset and inputs fingerprints, dates. */
public record Stamp(String version, String rulesetOrigin, String rulesetSha256, List<Input> inputs, LocalDate reportDate) {
  public Stamp {
    inputs = List.copyOf(inputs);
  }

  /** An input file by name and SHA-256. */
  public record Input(String name, String sha256) {}
}
