package vn.dvht.cli;

/** Process exit codes; each command lists its own in its help (docs/adr/0002-exit-codes.md). */
public enum ExitCode {
  /** Evaluated (and, with --fail-below, the level was reached). */
  OK(0),
  /** A bug in dvht. */
  INTERNAL(1),
  /** Wrong options or arguments, or an output file that would be overwritten. */
  USAGE(2),
  /** The ruleset or an input file cannot be used as it is. */
  INVALID(3),
  /** Evaluated, but the unit did not reach the level asked for with --fail-below. */
  BELOW_LEVEL(4),
  /** An output could not be written (full disk, read-only folder, no permission, name too long, stdout closed). */
  OUTPUT(5),
  /** {@code dvht ruleset test}: a ruleset's own test did not pass. */
  TESTS_FAILED(6),
  /** {@code dvht diff --exit-code}: the two results differ (git's convention, moved off 1, which is a bug here). */
  DIFFERENT(7);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
