package vn.dvht.eval;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import vn.dvht.model.Indicator;

/**
 * Every member's verdict on every share indicator that applies to the unit, members numbered from 0
 * in the order they were read: two bits per member and indicator, so a million members and a dozen
 * indicators take 3 MB. What the member grid shows; the shares' counts are these bits counted.
 *
 * <pre>{@code
 * Verdicts v = result.verdicts();
 * v.of(0, 41);          // FAILED: the 42nd member does not pass the first share indicator
 * }</pre>
 */
public final class Verdicts implements VerdictLookup {
  /** One member on one share indicator. */
  public enum Verdict {
    PASSED,
    FAILED,
    /** Not in the indicator's population (a learner on a members' indicator). */
    NOT_COUNTED
  }

  /** No members, no indicators: what a batch keeps of a unit once its files are written. */
  public static final Verdicts NONE = new Verdicts(List.of(), new BitSet[0], new BitSet[0], 0);

  private final List<Indicator> indicators;
  private final BitSet[] counted;
  private final BitSet[] passed;
  private final int members;

  Verdicts(List<Indicator> indicators, BitSet[] counted, BitSet[] passed, int members) {
    this.indicators = List.copyOf(indicators);
    this.counted = counted;
    this.passed = passed;
    this.members = members;
  }

  /** How many members were read. */
  public int members() {
    return members;
  }

  /** The share indicators, in the order of {@link EvaluationResult#gaps()}. */
  public List<Indicator> indicators() {
    return indicators;
  }

  /** The verdict of member {@code member} (from 0) on indicator number {@code indicator}. */
  @Override
  public Verdict of(int indicator, int member) {
    if (member < 0 || member >= members) {
      throw new IndexOutOfBoundsException("member " + member + " of " + members);
    }
    return of(counted[indicator], passed[indicator], member);
  }

  static Verdict of(BitSet counted, BitSet passed, int member) {
    if (!counted.get(member)) {
      return Verdict.NOT_COUNTED;
    }
    return passed.get(member) ? Verdict.PASSED : Verdict.FAILED;
  }

  /** How many members passed indicator number {@code indicator}: the share's numerator. */
  public long passed(int indicator) {
    return passed[indicator].cardinality();
  }

  /** How many members are in indicator number {@code indicator}'s population: the share's denominator. */
  public long counted(int indicator) {
    return counted[indicator].cardinality();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Verdicts v && v.members == members && v.indicators.equals(indicators)
        && Arrays.equals(v.counted, counted) && Arrays.equals(v.passed, passed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(members, indicators, Arrays.hashCode(counted), Arrays.hashCode(passed));
  }

  @Override
  public String toString() {
    return "Verdicts[" + members + " members × " + indicators.size() + " indicators]";
  }
}
