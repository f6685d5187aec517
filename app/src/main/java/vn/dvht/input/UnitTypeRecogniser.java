package vn.dvht.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.dvht.model.Named;
import vn.dvht.model.Ownership;
import vn.dvht.model.Ruleset;
import vn.dvht.model.UnitType;

/**
 * Recognises the kind of unit and its ownership in what a clerk writes as "Loại đơn vị": "Trường THPT
 * tư thục Nguyễn Khuyến" is a trường trung học phổ thông, ngoài công lập. A name or alias of the ruleset
 * is found anywhere in the text as whole words (case, spacing and tone placement ignored; without
 * accents when nothing matches with them); the longest one found wins, and of two as long, the one
 * written first. The lists are the ruleset's data, not code.
 *
 * <pre>{@code
 * new UnitTypeRecogniser(tt24).type("Ủy ban nhân dân xã Tân Hòa");   // Optional[ubnd-xa]
 * }</pre>
 */
final class UnitTypeRecogniser {
  private final Ruleset ruleset;

  UnitTypeRecogniser(Ruleset ruleset) {
    this.ruleset = ruleset;
  }

  /** The unit type the text names, if any. */
  Optional<UnitType> type(String text) {
    return best(ruleset.unitTypes(), text);
  }

  /** The ownership the text names ("tư thục", "công lập"), if any. */
  Optional<Ownership> ownership(String text) {
    return best(ruleset.ownerships(), text);
  }

  /** Up to {@code limit} unit types whose names share the most words with the text, closest first. */
  List<UnitType> closest(String text, int limit) {
    List<String> words = words(text, TextKey::folded);
    Set<String> given = new HashSet<>(words);
    String folded = String.join(" ", words);
    record Scored(UnitType type, double overlap, int distance, int order) {}
    List<Scored> scored = new ArrayList<>();
    List<UnitType> types = ruleset.unitTypes();
    for (int i = 0; i < types.size(); i++) {
      double overlap = 0;
      int distance = Integer.MAX_VALUE;
      for (String phrase : phrases(types.get(i))) {
        List<String> p = words(phrase, TextKey::folded);
        if (p.isEmpty()) {
          continue;
        }
        overlap = Math.max(overlap, (double) p.stream().filter(given::contains).count() / p.size());
        distance = Math.min(distance, editDistance(folded, String.join(" ", p)));
      }
      scored.add(new Scored(types.get(i), overlap, distance, i));
    }
    return scored.stream()
        .sorted(Comparator.comparingDouble(Scored::overlap).reversed()
            .thenComparingInt(Scored::distance).thenComparingInt(Scored::order))
        .limit(limit).map(Scored::type).toList();
  }

  private static <T extends Named> Optional<T> best(List<T> items, String text) {
    Optional<T> found = best(items, text, TextKey::of);
    return found.isPresent() ? found : best(items, text, TextKey::folded);
  }

  /** The item with the longest phrase found in the text; ties go to the one written first, then list order. */
  private static <T extends Named> Optional<T> best(List<T> items, String text, Function<String, String> key) {
    List<String> words = words(text, key);
    T best = null;
    int bestLength = 0;
    int bestStart = Integer.MAX_VALUE;
    for (T item : items) {
      for (String phrase : phrases(item)) {
        List<String> p = words(phrase, key);
        int start = find(words, p);
        if (start >= 0 && (p.size() > bestLength || (p.size() == bestLength && start < bestStart))) {
          best = item;
          bestLength = p.size();
          bestStart = start;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<String> phrases(Named item) {
    List<String> phrases = new ArrayList<>();
    phrases.add(item.label());
    phrases.addAll(item.aliases());
    return phrases;
  }

  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
  /** Words of keys already split: the ruleset's phrases are split again for every unit of a batch. */
  private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> WORDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The words of a text in its canonical key: letters and digits, split at anything else. */
  static List<String> words(String text, Function<String, String> key) {
    String keyed = key.apply(text);
    List<String> known = WORDS.get(keyed);
    if (known != null) {
      return known;
    }
    List<String> words = new ArrayList<>();
    for (String w : NOT_WORD.split(keyed)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (WORDS.size() >= 4096) {
      WORDS.clear();
    }
    WORDS.put(keyed, List.copyOf(words));
    return List.copyOf(words);
  }

  /** Where {@code phrase} starts as consecutive words of {@code words}, or -1. */
  private static int find(List<String> words, List<String> phrase) {
    if (phrase.isEmpty()) {
      return -1;
    }
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return i;
      }
    }
    return -1;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
