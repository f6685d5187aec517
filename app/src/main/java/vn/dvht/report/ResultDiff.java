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
 * What changed between two JSON results of dvht (two runs, or two years), in Vietnamese: the level
 * reached, each level's verdict, each indicator's status and share, and which members newly pass
 * or fail each indicator.
 *
 * <pre>{@code
 * List<String> lines = new ResultDiff().compare(oldJson, newJson);
 * }</pre>
 */
public final class ResultDiff {

  public List<String> compare(JsonNode before, JsonNode after) {
    List<String> lines = new ArrayList<>();
    Map<String, JsonNode> old = units(before);
    Map<String, JsonNode> now = units(after);
    for (Map.Entry<String, JsonNode> unit : now.entrySet()) {
      JsonNode previous = old.get(unit.getKey());
      lines.add(Messages.get("diff.unit", unit.getKey()));
      if (previous == null) {
        lines.add("  " + Messages.get("diff.newUnit"));
        continue;
      }
      int before0 = lines.size();
      unit(lines, previous, unit.getValue());
      if (lines.size() == before0) {
        lines.add("  " + Messages.get("diff.noChange"));
      }
    }
    for (String name : old.keySet()) {
      if (!now.containsKey(name)) {
        lines.add(Messages.get("diff.unit", name));
        lines.add("  " + Messages.get("diff.goneUnit"));
      }
    }
    return lines;
  }

  private static void unit(List<String> lines, JsonNode old, JsonNode now) {
    String levelBefore = levelLabel(old);
    String levelAfter = levelLabel(now);
    if (!levelBefore.equals(levelAfter)) {
      lines.add("  " + Messages.get("diff.level", levelBefore, levelAfter));
    }
    Map<String, JsonNode> oldLevels = byId(old.path("levels"));
    for (JsonNode level : now.path("levels")) {
      JsonNode previous = oldLevels.get(level.path("id").asText());
      if (previous == null) {
        continue;
      }
      String label = level.path("label").asText();
      if (previous.path("reached").asBoolean() != level.path("reached").asBoolean()) {
        lines.add("  " + Messages.get("diff.levelVerdict", label, reached(previous), reached(level)));
      }
      Map<String, JsonNode> oldIndicators = byId(previous.path("indicators"));
      for (JsonNode indicator : level.path("indicators")) {
        JsonNode before = oldIndicators.get(indicator.path("id").asText());
        if (before != null && changed(before, indicator)) {
          lines.add("  " + Messages.get("diff.indicator", indicator.path("id").asText(), label,
              describe(before), describe(indicator)));
        }
      }
    }
    members(lines, old, now);
  }

  private static void members(List<String> lines, JsonNode old, JsonNode now) {
    Map<String, Set<String>> failingBefore = failing(old);
    Map<String, Set<String>> failingAfter = failing(now);
    Set<String> indicators = new LinkedHashSet<>(failingAfter.keySet());
    indicators.addAll(failingBefore.keySet());
    for (String id : indicators) {
      Set<String> before = failingBefore.getOrDefault(id, Set.of());
      Set<String> after = failingAfter.getOrDefault(id, Set.of());
      List<String> nowPassing = before.stream().filter(m -> !after.contains(m)).toList();
      List<String> nowFailing = after.stream().filter(m -> !before.contains(m)).toList();
      if (!nowPassing.isEmpty()) {
        lines.add("  " + Messages.get("diff.nowPassing", id, nowPassing.size(), String.join(", ", nowPassing)));
      }
      if (!nowFailing.isEmpty()) {
        lines.add("  " + Messages.get("diff.nowFailing", id, nowFailing.size(), String.join(", ", nowFailing)));
      }
    }
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

  private static String reached(JsonNode level) {
    return Messages.get(level.path("reached").asBoolean() ? "status.dat" : "status.khong-dat");
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
