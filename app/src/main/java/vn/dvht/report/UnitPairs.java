package vn.dvht.report;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which unit of the earlier result is which unit of the later one, by the input file the result names
 * and the unit's name — never by name alone where that would guess. First the same input (as given) and
 * name, in order where a result holds one twice; then, of the rest, the same input file name (another
 * folder, another year's copy) and name, only where that pair is unique on both sides; then the same
 * name, only where it is unique on both sides. Two units named alike that none of these tells apart stay
 * apart, as a new unit and a gone one: a change, never a regression hidden behind its twin.
 */
final class UnitPairs {
  private static final int UNPAIRED = -1;

  private final int[] partnerOfAfter;
  private final boolean[] pairedBefore;

  private UnitPairs(int[] partnerOfAfter, boolean[] pairedBefore) {
    this.partnerOfAfter = partnerOfAfter;
    this.pairedBefore = pairedBefore;
  }

  static UnitPairs of(ResultFile before, ResultFile after) {
    int[] partner = new int[after.size()];
    Arrays.fill(partner, UNPAIRED);
    boolean[] paired = new boolean[before.size()];
    Map<Long, ArrayDeque<Integer>> exact = new HashMap<>();
    for (int b = 0; b < before.size(); b++) {
      exact.computeIfAbsent(before.key(b, 0), k -> new ArrayDeque<>()).add(b);
    }
    for (int a = 0; a < after.size(); a++) {
      ArrayDeque<Integer> same = exact.get(after.key(a, 0));
      if (same != null && !same.isEmpty()) {
        partner[a] = same.poll();
        paired[partner[a]] = true;
      }
    }
    for (int tier = 1; tier <= 2; tier++) {
      pairUnique(before, after, tier, partner, paired);
    }
    return new UnitPairs(partner, paired);
  }

  /** Pairs the units left whose key of {@code tier} is held by exactly one unit left on each side. */
  private static void pairUnique(ResultFile before, ResultFile after, int tier, int[] partner, boolean[] paired) {
    Map<Long, int[]> counts = new HashMap<>();
    for (int b = 0; b < before.size(); b++) {
      if (!paired[b]) {
        int[] c = counts.computeIfAbsent(before.key(b, tier), k -> new int[] {0, 0, UNPAIRED});
        c[0]++;
        c[2] = b;
      }
    }
    for (int a = 0; a < after.size(); a++) {
      if (partner[a] == UNPAIRED) {
        counts.computeIfAbsent(after.key(a, tier), k -> new int[] {0, 0, UNPAIRED})[1]++;
      }
    }
    for (int a = 0; a < after.size(); a++) {
      int[] c = partner[a] == UNPAIRED ? counts.get(after.key(a, tier)) : null;
      if (c != null && c[0] == 1 && c[1] == 1) {
        partner[a] = c[2];
        paired[c[2]] = true;
      }
    }
  }

  /** The unit of the earlier result that unit {@code a} of the later one is, or -1 for a new unit. */
  int partner(int a) {
    return partnerOfAfter[a];
  }

  /** Whether unit {@code b} of the earlier result has no unit in the later one. */
  boolean gone(int b) {
    return !pairedBefore[b];
  }
}
