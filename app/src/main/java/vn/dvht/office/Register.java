package vn.dvht.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Diagnostic;

/**
 * The office's register of earlier decisions (the workbook each year's run writes and the next reads),
 * its rows grouped by unit: rows with one identifier are one unit, rows without one join the unit of
 * the same name ({@link UnitKey}). {@code file} is the workbook as given ("" when the office keeps none).
 */
public record Register(String file, List<RegisterEntry> entries, List<RegisteredUnit> units,
    List<Diagnostic> warnings, Map<String, List<RegisteredUnit>> byName) {
  public Register {
    entries = List.copyOf(entries);
    units = List.copyOf(units);
    warnings = List.copyOf(warnings);
    byName = Map.copyOf(byName);
  }

  private Register(String file, List<RegisterEntry> entries, List<RegisteredUnit> units, List<Diagnostic> warnings) {
    this(file, entries, units, warnings, index(units));
  }

  /** The units by every name their decisions give them, so that a submission is matched in one look-up. */
  private static Map<String, List<RegisteredUnit>> index(List<RegisteredUnit> units) {
    Map<String, List<RegisteredUnit>> byName = new java.util.HashMap<>();
    for (RegisteredUnit unit : units) {
      unit.decisions().stream().map(d -> d.key().name()).distinct()
          .forEach(name -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(unit));
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    return byName;
  }

  /** No register: the first year an office uses dvht. */
  public static Register none() {
    return new Register("", List.of(), List.of(), List.of());
  }

  public boolean given() {
    return !file.isEmpty();
  }

  /** Groups the rows by unit. */
  public static Register of(String file, List<RegisterEntry> entries, List<Diagnostic> warnings) {
    Map<String, List<RegisterEntry>> byId = new LinkedHashMap<>();
    Map<String, List<RegisterEntry>> byName = new LinkedHashMap<>();
    for (RegisterEntry e : entries) {
      if (e.key().hasId()) {
        byId.computeIfAbsent(e.key().id(), k -> new ArrayList<>()).add(e);
      }
    }
    for (RegisterEntry e : entries) {
      if (e.key().hasId()) {
        continue;
      }
      List<String> ids = byId.entrySet().stream()
          .filter(u -> u.getValue().stream().anyMatch(r -> r.key().name().equals(e.key().name())))
          .map(Map.Entry::getKey).toList();
      if (ids.size() == 1) {
        byId.get(ids.get(0)).add(e);
      } else {
        byName.computeIfAbsent(e.key().name(), k -> new ArrayList<>()).add(e);
      }
    }
    List<RegisteredUnit> units = new ArrayList<>();
    byId.values().forEach(rows -> units.add(new RegisteredUnit(rows.get(0).key(), rows)));
    byName.values().forEach(rows -> units.add(new RegisteredUnit(rows.get(0).key(), rows)));
    return new Register(file, entries, units, warnings);
  }

  /**
   * The registered units a submission may be: when it gives an identifier, the units registered under it, or
   * (no unit carries it) the units of its name registered without one; otherwise the units of its name. One,
   * none, or several sharing the name.
   */
  public List<RegisteredUnit> find(UnitKey key) {
    List<RegisteredUnit> named = byName.getOrDefault(key.name(), List.of());
    if (!key.hasId()) {
      return named;
    }
    List<RegisteredUnit> same = units.stream().filter(u -> u.key().hasId() && u.key().id().equals(key.id())).toList();
    return same.isEmpty() ? named.stream().filter(u -> !u.key().hasId()).toList() : same;
  }

  /** The units of this name registered under another identifier than the one {@code key} gives. */
  public List<RegisteredUnit> otherIds(UnitKey key) {
    if (!key.hasId()) {
      return List.of();
    }
    return byName.getOrDefault(key.name(), List.of()).stream()
        .filter(u -> u.key().hasId() && !u.key().id().equals(key.id())).toList();
  }

  /** Whether a unit of the register goes by this name in one of its decisions. */
  public boolean names(RegisteredUnit unit, String nameKey) {
    return byName.getOrDefault(nameKey, List.of()).contains(unit);
  }
}
