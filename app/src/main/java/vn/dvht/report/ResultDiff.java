package vn.dvht.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvht.diag.Wording;

/**
 * What changed between two JSON results of dvht (two runs, or two years): the level reached, each
 * level's verdict, each indicator's status and share, and which members newly pass or fail each
 * indicator. Units are paired by their input file and name ({@link UnitPairs}); the changes are made one
 * unit at a time, in the later result's order and then the units only in the earlier one, and handed on
 * as they are made ({@link DiffTextRenderer}, {@link DiffJsonRenderer}) — two results of any size are
 * compared in the memory of their largest unit.
 *
 * <pre>{@code
 * try (ResultFile before = ResultFile.open(wording, old); ResultFile after = ResultFile.open(wording, now)) {
 *   ResultDiff diff = new ResultDiff(before, after);
 *   diff.each(change -> DiffTextRenderer.lines(change).forEach(System.out::println));
 * }
 * }</pre>
 */
public final class ResultDiff {

  /** What became of a unit. */
  public enum Kind {
    CHANGED("changed"), UNCHANGED("unchanged"), NEW("new"), GONE("gone");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** The level reached before and after: ids ("" for none) and labels. */
  public record LevelMove(String before, String after, String beforeLabel, String afterLabel) {
    public boolean moved() {
      return !beforeLabel.equals(afterLabel);
    }
  }

  /** A level whose verdict changed. */
  public record LevelVerdict(String id, String label, boolean before, boolean after) {}

  /** An indicator of a level whose status, counts or value changed; its two states. */
  public record IndicatorChange(String id, String level, String levelLabel, ComparedUnit.Indicator before,
      ComparedUnit.Indicator after) {}

  /** The members of an indicator who newly pass or newly fail it. */
  public record MemberChange(String indicator, List<String> nowPassing, List<String> nowFailing) {
    public MemberChange {
      nowPassing = List.copyOf(nowPassing);
      nowFailing = List.copyOf(nowFailing);
    }
  }

  /** One unit's changes, with its name and its input file as the result names them; a new or gone unit has none listed. */
  public record UnitChange(String name, String input, Kind kind, LevelMove level, List<LevelVerdict> levels,
      List<IndicatorChange> indicators, List<MemberChange> members) {
    public UnitChange {
      levels = List.copyOf(levels);
      indicators = List.copyOf(indicators);
      members = List.copyOf(members);
    }
  }

  /** Receives each unit's change as it is made. */
  public interface Sink {
    void accept(UnitChange change) throws IOException;
  }

  private final ResultFile before;
  private final ResultFile after;
  private final UnitPairs pairs;

  public ResultDiff(ResultFile before, ResultFile after) {
    this.before = before;
    this.after = after;
    this.pairs = UnitPairs.of(before, after);
  }

  /** Whether nothing changed in any unit: no unit new or gone, and every pair compares equal. */
  public boolean same(Wording words) throws IOException, ResultFile.Invalid {
    for (int b = 0; b < before.size(); b++) {
      if (pairs.gone(b)) {
        return false;
      }
    }
    for (int a = 0; a < after.size(); a++) {
      int b = pairs.partner(a);
      if (b < 0 || before.fingerprint(b) != after.fingerprint(a) && change(words, b, a).kind() != Kind.UNCHANGED) {
        return false;
      }
    }
    return true;
  }

  /** Every unit of the later result in its order, then those only in the earlier one. */
  public void each(Wording words, Sink sink) throws IOException, ResultFile.Invalid {
    for (int a = 0; a < after.size(); a++) {
      int b = pairs.partner(a);
      sink.accept(b < 0 ? bare(words, after.unit(words, a, false), Kind.NEW) : change(words, b, a));
    }
    for (int b = 0; b < before.size(); b++) {
      if (pairs.gone(b)) {
        sink.accept(bare(words, before.unit(words, b, false), Kind.GONE));
      }
    }
  }

  /** A pair whose fingerprints are equal is unchanged without reading its members again. */
  private UnitChange change(Wording words, int b, int a) throws IOException, ResultFile.Invalid {
    if (before.fingerprint(b) == after.fingerprint(a)) {
      return bare(words, after.unit(words, a, false), Kind.UNCHANGED);
    }
    return unit(words, before.unit(words, b, true), after.unit(words, a, true));
  }

  private static UnitChange bare(Wording words, ComparedUnit unit, Kind kind) {
    return new UnitChange(unit.name(), unit.input(), kind, levelMove(words, unit, unit), List.of(), List.of(), List.of());
  }

  private static UnitChange unit(Wording words, ComparedUnit old, ComparedUnit now) {
    List<LevelVerdict> verdicts = new ArrayList<>();
    List<IndicatorChange> indicators = new ArrayList<>();
    Map<String, ComparedUnit.Level> oldLevels = new LinkedHashMap<>();
    old.levels().forEach(l -> oldLevels.put(l.id(), l));
    for (ComparedUnit.Level level : now.levels()) {
      ComparedUnit.Level previous = oldLevels.get(level.id());
      if (previous == null) {
        continue;
      }
      if (previous.reached() != level.reached()) {
        verdicts.add(new LevelVerdict(level.id(), level.label(), previous.reached(), level.reached()));
      }
      Map<String, ComparedUnit.Indicator> oldIndicators = new LinkedHashMap<>();
      previous.indicators().forEach(i -> oldIndicators.put(i.id(), i));
      for (ComparedUnit.Indicator indicator : level.indicators()) {
        ComparedUnit.Indicator was = oldIndicators.get(indicator.id());
        if (was != null && changed(was, indicator)) {
          indicators.add(new IndicatorChange(indicator.id(), level.id(), level.label(), was, indicator));
        }
      }
    }
    LevelMove level = levelMove(words, old, now);
    List<MemberChange> members = members(old, now);
    boolean same = !level.moved() && verdicts.isEmpty() && indicators.isEmpty() && members.isEmpty();
    return new UnitChange(now.name(), now.input(), same ? Kind.UNCHANGED : Kind.CHANGED, level, verdicts, indicators,
        members);
  }

  private static boolean changed(ComparedUnit.Indicator before, ComparedUnit.Indicator after) {
    return !before.status().equals(after.status()) || !before.numerator().equals(after.numerator())
        || !before.denominator().equals(after.denominator()) || !before.value().equals(after.value());
  }

  private static LevelMove levelMove(Wording words, ComparedUnit old, ComparedUnit now) {
    return new LevelMove(old.level(), now.level(), levelLabel(words, old), levelLabel(words, now));
  }

  /** The label of the level a unit reached ("no level" when none), or its id when the result does not label it. */
  static String levelLabel(Wording words, ComparedUnit unit) {
    if (unit.level().isEmpty()) {
      return words.get("diff.noLevel");
    }
    return unit.levelLabel().orElse(unit.level());
  }

  private static List<MemberChange> members(ComparedUnit old, ComparedUnit now) {
    List<MemberChange> changes = new ArrayList<>();
    Map<String, Set<String>> failingBefore = failing(old);
    Map<String, Set<String>> failingAfter = failing(now);
    Set<String> indicators = new LinkedHashSet<>(failingAfter.keySet());
    indicators.addAll(failingBefore.keySet());
    for (String id : indicators) {
      Set<String> was = failingBefore.getOrDefault(id, Set.of());
      Set<String> is = failingAfter.getOrDefault(id, Set.of());
      List<String> nowPassing = was.stream().filter(m -> !is.contains(m)).toList();
      List<String> nowFailing = is.stream().filter(m -> !was.contains(m)).toList();
      if (!nowPassing.isEmpty() || !nowFailing.isEmpty()) {
        changes.add(new MemberChange(id, nowPassing, nowFailing));
      }
    }
    return changes;
  }

  private static Map<String, Set<String>> failing(ComparedUnit unit) {
    Map<String, Set<String>> failing = new LinkedHashMap<>();
    unit.gaps().forEach(g -> failing.put(g.indicator(), new LinkedHashSet<>(g.members())));
    return failing;
  }
}
