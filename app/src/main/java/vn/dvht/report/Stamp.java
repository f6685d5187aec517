package vn.dvht.report;

import java.time.LocalDate;
import java.util.List;

/** The reproducibility stamp every output carries: tool version, ruleset and inputs fingerprints, dates. */
public record Stamp(String version, String rulesetOrigin, String rulesetSha256, List<Input> inputs, LocalDate reportDate) {
  public Stamp {
    inputs = List.copyOf(inputs);
  }

  /** An input file by base name (for reports), as given on the command line (for JSON) and by SHA-256. */
  public record Input(String name, String file, String sha256) {
    /** A file known by its name alone. */
    public Input(String name, String sha256) {
      this(name, name, sha256);
    }
  }

  /** The version of dvht Maven stamped into the jar, "unknown" when run from unpackaged classes. */
  public static String toolVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = Stamp.class.getResourceAsStream("/vn/dvht/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (java.io.IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
