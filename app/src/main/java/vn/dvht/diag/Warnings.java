package vn.dvht.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Message;

/**
 * A unit's data warnings, bounded as the follow-up list bounds who fails an indicator: every warning
 * is counted by its code, and the first {@value #LISTED} of each code are listed with their place, in
 * the order they were met. A million members with three warnings each cost some 30,000 listed
 * warnings and three counts, and every output says how many there are in all.
 *
 * <pre>{@code
 * Warnings w = diagnostics.counted();
 * w.total();            // 2,999,999: every warning met
 * w.omitted();          // [I211: 1,000,000 (10,000 listed), …]: the codes listed only in part
 * }</pre>
 */
public record Warnings(List<Diagnostic> listed, Map<String, Long> totals) {
  /** How many warnings of one code are listed: as many as the follow-up list names per indicator. */
  public static final int LISTED = 10_000;

  public static final Warnings NONE = new Warnings(List.of(), Map.of());

  /** A code whose warnings are listed only in part: how many there are, and how many are listed. */
  public record Omitted(String code, long total, long listed) {
    /** How many are not listed. */
    public long more() {
      return total - listed;
    }

    /** "1000000 cảnh báo I211; chỉ liệt kê 10000 cảnh báo đầu tiên.", as every output says it. */
    public Message sentence() {
      return Message.of("warnings.omitted", total, code, listed);
    }
  }

  /** @param totals how many warnings of each code were met, in the order of the codes' first warning */
  public Warnings {
    listed = List.copyOf(listed);
    totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
  }

  /** Warnings given one by one (each counted, at most {@value #LISTED} of a code listed). */
  public static Warnings of(List<Diagnostic> warnings) {
    Counter counter = new Counter();
    warnings.forEach(counter::add);
    return counter.warnings();
  }

  /** These warnings and one more. */
  public Warnings with(Diagnostic warning) {
    Counter counter = new Counter(this);
    counter.add(warning);
    return counter.warnings();
  }

  /** These warnings and those of {@code more}, counted as if met after these. */
  public Warnings with(Warnings more) {
    Counter counter = new Counter(this);
    more.listed.forEach(counter::add);
    more.omitted().forEach(o -> counter.count(o.code(), o.more()));
    return counter.warnings();
  }

  /** Only the counts, no warning listed: what a batch keeps of a unit once its files are written. */
  public Warnings countsOnly() {
    return new Warnings(List.of(), totals);
  }

  /** How many warnings were met in all. */
  public long total() {
    return totals.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean isEmpty() {
    return totals.isEmpty();
  }

  /** Whether every warning met is listed. */
  public boolean complete() {
    return listed.size() == total();
  }

  /** The codes listed only in part, in the order of their first warning. */
  public List<Omitted> omitted() {
    Map<String, Long> shown = new LinkedHashMap<>();
    listed.forEach(d -> shown.merge(d.code(), 1L, Long::sum));
    List<Omitted> omitted = new ArrayList<>();
    totals.forEach((code, total) -> {
      long listedOfCode = shown.getOrDefault(code, 0L);
      if (listedOfCode < total) {
        omitted.add(new Omitted(code, total, listedOfCode));
      }
    });
    return omitted;
  }

  /** Collects warnings as they are met: counts every one, keeps the first {@value #LISTED} of each code. */
  static final class Counter {
    private final List<Diagnostic> listed;
    private final Map<String, long[]> counts = new LinkedHashMap<>();

    Counter() {
      this.listed = new ArrayList<>();
    }

    Counter(Warnings start) {
      this.listed = new ArrayList<>(start.listed);
      Map<String, Long> shown = new LinkedHashMap<>();
      start.listed.forEach(d -> shown.merge(d.code(), 1L, Long::sum));
      start.totals.forEach((code, total) -> counts.put(code, new long[] {total, shown.getOrDefault(code, 0L)}));
    }

    /** Whether the next warning of {@code code} is listed (else only counted). */
    boolean lists(String code) {
      long[] count = counts.get(code);
      return count == null || count[1] < LISTED;
    }

    void add(Diagnostic warning) {
      long[] count = counts.computeIfAbsent(warning.code(), c -> new long[2]);
      count[0]++;
      if (count[1] < LISTED) {
        count[1]++;
        listed.add(warning);
      }
    }

    /** Counts {@code more} warnings of {@code code} without listing them. */
    void count(String code, long more) {
      if (more > 0) {
        counts.computeIfAbsent(code, c -> new long[2])[0] += more;
      }
    }

    Warnings warnings() {
      Map<String, Long> totals = new LinkedHashMap<>();
      counts.forEach((code, count) -> totals.put(code, count[0]));
      return new Warnings(listed, totals);
    }
  }
}
