package vn.dvht.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvht.diag.Messages;

/**
 * What changed between two JSON results of dvht (two runs, or two years): the level reached, each
 * level's verdict, each indicator's status and share, and which members newly pass or fail each
 * indicator — as changes ({@link #changes}), as Vietnamese lines ({@link #lines}) or as JSON
 * ({@link DiffJsonRenderer}).
 *
 * <pre>{@code
 * List<ResultDiff.UnitChange> changes = new ResultDiff().changes(oldJson, newJson);
 * List<String> lines = ResultDiff.lines(changes);
 * }</pre>
 */
public final class ResultDiff {

  /** What became of a unit, found by its name. */
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

  /** An indicator of a level whose status, counts or value changed; its two JSON objects. */
  public record IndicatorChange(String id, String level, String levelLabel, JsonNode before, JsonNode after) {}

  /** The members of an indicator who newly pass or newly fail it. */
  public record MemberChange(String indicator, List<String> nowPassing, List<String> nowFailing) {
    public MemberChange {
      nowPassing = List.copyOf(nowPassing);
      nowFailing = List.copyOf(nowFailing);
    }
  }

  /** One unit's changes; a new or gone unit has none listed. */
  public record UnitChange(String name, Kind kind, LevelMove level, List<LevelVerdict> levels,
      List<IndicatorChange> indicators, List<MemberChange> members) {
    public UnitChange {
      levels = List.copyOf(levels);
      indicators = List.copyOf(indicators);
      members = List.copyOf(members);
    }
  }

  public List<String> compare(JsonNode before, JsonNode after) {
    return lines(changes(before, after));
  }

  /** Every unit of {@code after} in its order, then those only in {@code before}. */
  public List<UnitChange> changes(JsonNode before, JsonNode after) {
    List<UnitChange> changes = new ArrayList<>();
    Map<String, JsonNode> old = units(before);
    Map<String, JsonNode> now = units(after);
    for (Map.Entry<String, JsonNode> unit : now.entrySet()) {
      JsonNode previous = old.get(unit.getKey());
      changes.add(previous == null ? bare(unit.getKey(), Kind.NEW, unit.getValue(), unit.getValue())
          : unit(unit.getKey(), previous, unit.getValue()));
    }
    for (Map.Entry<String, JsonNode> unit : old.entrySet()) {
      if (!now.containsKey(unit.getKey())) {
        changes.add(bare(unit.getKey(), Kind.GONE, unit.getValue(), unit.getValue()));
      }
    }
    return changes;
  }

  /** Whether nothing changed in any unit. */
  public static boolean same(List<UnitChange> changes) {
    return changes.stream().allMatch(c -> c.kind() == Kind.UNCHANGED);
  }

  /** The changes in the current language, a heading line per unit. */
  public static List<String> lines(List<UnitChange> changes) {
    List<String> lines = new ArrayList<>();
    for (UnitChange change : changes) {
      lines.add(Messages.get("diff.unit", change.name()));
      switch (change.kind()) {
        case NEW -> lines.add("  " + Messages.get("diff.newUnit"));
        case GONE -> lines.add("  " + Messages.get("diff.goneUnit"));
        case UNCHANGED -> lines.add("  " + Messages.get("diff.noChange"));
        case CHANGED -> changed(lines, change);
      }
    }
    return lines;
  }

  private static void changed(List<String> lines, UnitChange change) {
    if (change.level().moved()) {
      lines.add("  " + Messages.get("diff.level", change.level().beforeLabel(), change.level().afterLabel()));
    }
    for (LevelVerdict level : change.levels()) {
      lines.add("  " + Messages.get("diff.levelVerdict", level.label(), reached(level.before()), reached(level.after())));
    }
    for (IndicatorChange indicator : change.indicators()) {
      lines.add("  " + Messages.get("diff.indicator", indicator.id(), indicator.levelLabel(),
          describe(indicator.before()), describe(indicator.after())));
    }
    for (MemberChange members : change.members()) {
      if (!members.nowPassing().isEmpty()) {
        lines.add("  " + Messages.get("diff.nowPassing", members.indicator(), members.nowPassing().size(),
            String.join(", ", members.nowPassing())));
      }
      if (!members.nowFailing().isEmpty()) {
        lines.add("  " + Messages.get("diff.nowFailing", members.indicator(), members.nowFailing().size(),
            String.join(", ", members.nowFailing())));
      }
    }
  }

  private static UnitChange bare(String name, Kind kind, JsonNode old, JsonNode now) {
    return new UnitChange(name, kind, levelMove(old, now), List.of(), List.of(), List.of());
  }

  private static UnitChange unit(String name, JsonNode old, JsonNode now) {
    List<LevelVerdict> verdicts = new ArrayList<>();
    List<IndicatorChange> indicators = new ArrayList<>();
    Map<String, JsonNode> oldLevels = byId(old.path("levels"));
    for (JsonNode level : now.path("levels")) {
      JsonNode previous = oldLevels.get(level.path("id").asText());
      if (previous == null) {
        continue;
      }
      String label = level.path("label").asText();
      if (counted(previous) != counted(level)) {
        verdicts.add(new LevelVerdict(level.path("id").asText(), label, counted(previous), counted(level)));
      }
      Map<String, JsonNode> oldIndicators = byId(previous.path("indicators"));
      for (JsonNode indicator : level.path("indicators")) {
        JsonNode before = oldIndicators.get(indicator.path("id").asText());
        if (before != null && changed(before, indicator)) {
          indicators.add(new IndicatorChange(indicator.path("id").asText(), level.path("id").asText(), label, before,
              indicator));
        }
      }
    }
    LevelMove level = levelMove(old, now);
    List<MemberChange> members = members(old, now);
    boolean same = !level.moved() && verdicts.isEmpty() && indicators.isEmpty() && members.isEmpty();
    return new UnitChange(name, same ? Kind.UNCHANGED : Kind.CHANGED, level, verdicts, indicators, members);
  }

  private static LevelMove levelMove(JsonNode old, JsonNode now) {
    return new LevelMove(levelId(old), levelId(now), levelLabel(old), levelLabel(now));
  }

  private static List<MemberChange> members(JsonNode old, JsonNode now) {
    List<MemberChange> changes = new ArrayList<>();
    Map<String, Set<String>> failingBefore = failing(old);
    Map<String, Set<String>> failingAfter = failing(now);
    Set<String> indicators = new LinkedHashSet<>(failingAfter.keySet());
    indicators.addAll(failingBefore.keySet());
    for (String id : indicators) {
      Set<String> before = failingBefore.getOrDefault(id, Set.of());
      Set<String> after = failingAfter.getOrDefault(id, Set.of());
      List<String> nowPassing = before.stream().filter(m -> !after.contains(m)).toList();
      List<String> nowFailing = after.stream().filter(m -> !before.contains(m)).toList();
      if (!nowPassing.isEmpty() || !nowFailing.isEmpty()) {
        changes.add(new MemberChange(id, nowPassing, nowFailing));
      }
    }
    return changes;
  }

  /** Per indicator, the failing members by identifier when they have one, else by name. */
  private static Map<String, Set<String>> failing(JsonNode unit) {
    Map<String, Set<String>> failing = new LinkedHashMap<>();
    for (JsonNode gap : unit.path("gaps")) {
      Set<String> members = new LinkedHashSet<>();
      for (JsonNode member : gap.path("members")) {
        String id = member.path("id").asText();
        String name = member.path("name").asText();
        members.add(id.isEmpty() ? name : name + " (" + id + ")");
      }
      failing.put(gap.path("indicator").asText(), members);
    }
    return failing;
  }

  private static boolean changed(JsonNode before, JsonNode after) {
    return !before.path("status").equals(after.path("status"))
        || !before.path("numerator").equals(after.path("numerator"))
        || !before.path("denominator").equals(after.path("denominator"))
        || !before.path("value").equals(after.path("value"));
  }

  private static String describe(JsonNode indicator) {
    String status = Messages.get("status." + indicator.path("status").asText());
    if (indicator.path("numerator").isNumber()) {
      BigDecimal percent = indicator.path("percent").decimalValue().setScale(2);
      return Messages.get("diff.share", status, indicator.path("numerator").asLong(),
          indicator.path("denominator").asLong(), Phrases.percent(percent));
    }
    return status;
  }

  /**
   * Whether a level of a JSON result counts as reached: its {@code counted} (the level decision, with every
   * lower level), or for a result written before it existed its {@code reached}.
   */
  private static boolean counted(JsonNode level) {
    return level.has("counted") ? level.path("counted").asBoolean() : level.path("reached").asBoolean();
  }

  private static String reached(boolean reached) {
    return Messages.get(reached ? "status.dat" : "status.khong-dat");
  }

  /** The id of the level a unit reached, "" for none. */
  private static String levelId(JsonNode unit) {
    return unit.path("level").isTextual() ? unit.path("level").asText() : "";
  }

  private static String levelLabel(JsonNode unit) {
    String id = unit.path("level").asText("");
    if (unit.path("level").isNull() || id.isEmpty()) {
      return Messages.get("diff.noLevel");
    }
    JsonNode level = byId(unit.path("levels")).get(id);
    return level == null ? id : level.path("label").asText();
  }

  private static Map<String, JsonNode> units(JsonNode result) {
    Map<String, JsonNode> units = new LinkedHashMap<>();
    for (JsonNode unit : result.path("units")) {
      units.put(unit.path("name").asText(), unit);
    }
    return units;
  }

  private static Map<String, JsonNode> byId(JsonNode array) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    for (JsonNode item : array) {
      map.put(item.path("id").asText(), item);
    }
    return map;
  }
}
