package vn.dvht.ruleset;

import vn.dvht.model.Ruleset;

/** A ruleset with where it came from and the SHA-256 of its bytes, for the reproducibility stamp. */
public record LoadedRuleset(Ruleset ruleset, String origin, String sha256) {}
