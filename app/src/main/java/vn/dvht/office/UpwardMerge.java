package vn.dvht.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Several offices' appraisals merged for the Sở or the Ministry (Điều 18 khoản 3, Điều 20 khoản 3):
 * every unit each source reports, counted per source exactly as reported; across sources each unit
 * counted once — where it first appears — and a unit reported twice (by two offices, or twice by one)
 * listed with both places, so that the sources' counts less the repeats make the total.
 */
public record UpwardMerge(List<MergedSource> sources, List<MergedUnit> units, List<Repeat> repeats,
    List<String> columns) {
  public UpwardMerge {
    sources = List.copyOf(sources);
    units = List.copyOf(units);
    repeats = List.copyOf(repeats);
    columns = List.copyOf(columns);
  }

  /** A unit reported again: where it appears again and where it was first counted. */
  public record Repeat(MergedUnit again, MergedUnit first) {}

  /** Merges the units read from the sources, in the order given; {@code levels} are level ids from the highest. */
  public static UpwardMerge of(List<MergedSource> sources, List<MergedUnit> units, List<String> levels) {
    List<String> columns = new ArrayList<>();
    levels.forEach(l -> columns.add(Statistics.RECOGNISED + l));
    units.stream().map(MergedUnit::category).filter(c -> c.startsWith(Statistics.RECOGNISED) && !columns.contains(c))
        .distinct().forEach(columns::add);
    columns.addAll(List.of(Statistics.NOT, Statistics.STILL, Statistics.HOLDING, Statistics.LAPSED, Statistics.NEVER));
    return new UpwardMerge(sources, units, repeats(units), columns);
  }

  /**
   * The units reported again: one with an identifier when that identifier came before, or a unit of its name and
   * authority that gave none; one without, when a unit of its name and authority came before.
   */
  private static List<Repeat> repeats(List<MergedUnit> units) {
    Map<String, MergedUnit> byId = new LinkedHashMap<>();
    Map<String, MergedUnit> unnamedById = new LinkedHashMap<>();
    Map<String, MergedUnit> byName = new LinkedHashMap<>();
    List<Repeat> repeats = new ArrayList<>();
    for (MergedUnit unit : units) {
      boolean hasId = unit.key().hasId();
      MergedUnit first = hasId ? Optional.ofNullable(byId.get(unit.key().id()))
          .orElse(unnamedById.get(unit.nameAndAuthority())) : byName.get(unit.nameAndAuthority());
      if (first != null) {
        repeats.add(new Repeat(unit, first));
      }
      if (hasId) {
        byId.putIfAbsent(unit.key().id(), unit);
      } else {
        unnamedById.putIfAbsent(unit.nameAndAuthority(), unit);
      }
      byName.putIfAbsent(unit.nameAndAuthority(), unit);
    }
    return repeats;
  }

  /** Whether this unit is counted in the totals (its first appearance). */
  public boolean counted(MergedUnit unit) {
    return repeats.stream().noneMatch(r -> r.again() == unit);
  }

  /** The counts of one source, every unit it reports. */
  public long[] countsOf(MergedSource source) {
    return count(units.stream().filter(u -> u.source().equals(source)).toList());
  }

  /** The counts across sources, each unit once. */
  public long[] total() {
    return count(units.stream().filter(this::counted).toList());
  }

  /** Counts by a unit's field (its type, its authority), each unit once. */
  public Map<String, long[]> by(java.util.function.Function<MergedUnit, String> field) {
    Map<String, long[]> rows = new LinkedHashMap<>();
    for (MergedUnit unit : units) {
      if (counted(unit) && columns.contains(unit.category())) {
        rows.computeIfAbsent(field.apply(unit), k -> new long[columns.size()])[columns.indexOf(unit.category())]++;
      }
    }
    return rows;
  }

  private long[] count(List<MergedUnit> list) {
    long[] counts = new long[columns.size()];
    for (MergedUnit unit : list) {
      int column = columns.indexOf(unit.category());
      if (column >= 0) {
        counts[column]++;
      }
    }
    return counts;
  }
}
