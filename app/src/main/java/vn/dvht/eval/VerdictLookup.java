package vn.dvht.eval;

/** A member's verdict on a share indicator, by number: from the verdicts of a finished evaluation, or live from a fold. */
public interface VerdictLookup {
  /** Member {@code member} (from 0, in reading order) on share indicator number {@code indicator}. */
  Verdicts.Verdict of(int indicator, int member);
}
