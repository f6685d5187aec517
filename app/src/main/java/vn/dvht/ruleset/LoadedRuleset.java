package vn.dvht.ruleset;

import java.util.List;
import java.util.Map;
import vn.dvht.diag.Diagnostic;
import vn.dvht.model.Ruleset;

/**
 * A ruleset with where it came from and the SHA-256 of its bytes, for the reproducibility stamp; the
 * warnings loading it gave (a higher level asking less than a lower one, …) and the source lines they
 * point into.
 */
public record LoadedRuleset(Ruleset ruleset, String origin, String sha256, List<Diagnostic> warnings,
    Map<String, List<String>> sources) {
  public LoadedRuleset {
    warnings = List.copyOf(warnings);
    sources = Map.copyOf(sources);
  }

  public LoadedRuleset(Ruleset ruleset, String origin, String sha256) {
    this(ruleset, origin, sha256, List.of(), Map.of());
  }

  /** The lines of {@code file} as loaded, or an empty list. */
  public List<String> sourceLines(String file) {
    return sources.getOrDefault(file, List.of());
  }
}
