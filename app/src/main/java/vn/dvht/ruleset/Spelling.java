package vn.dvht.ruleset;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the known name a misspelt one was probably meant to be ({@code titel} → {@code title}). */
final class Spelling {
  private Spelling() {}

  /** The one name in {@code known} closest to {@code word}, if only a typo or two away and no other is as close. */
  static Optional<String> closest(String word, Collection<String> known) {
    String w = word.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(2, w.length() / 3));
    Map<Integer, List<String>> byDistance = known.stream()
        .filter(k -> !k.equals(word))
        .collect(Collectors.groupingBy(k -> distance(w, k.toLowerCase(Locale.ROOT))));
    return byDistance.keySet().stream()
        .min(Integer::compare)
        .filter(d -> d <= allowed && byDistance.get(d).size() == 1)
        .map(d -> byDistance.get(d).get(0));
  }

  /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
