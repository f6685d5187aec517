package vn.dvht.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Wording;
import vn.dvht.model.Indicator;
import vn.dvht.model.Ruleset;
import vn.dvht.model.Scope;
import vn.dvht.model.Target;
import vn.dvht.model.UnitType;

/**
 * Which units an indicator concerns, in words, for {@code dvht ruleset show} and the template's help
 * sheet: "chỉ áp dụng cho: …" (or "không áp dụng cho: …" when that list is shorter) and the ownerships,
 * for the indicator and for each target that narrows it further; a unit type included only by dvht's
 * reading of the law is marked "(*)".
 */
final class Applicability {
  private final Wording words;
  private final Ruleset ruleset;

  Applicability(Wording words, Ruleset ruleset) {
    this.words = words;
    this.ruleset = ruleset;
  }

  /** The indicator's own limits; "" when it concerns every unit. */
  String of(Indicator indicator) {
    return describe(indicator.unitTypes(), indicator.ownerships(), indicator.readings());
  }

  /** "Cấp huyện · Mức độ 2: chỉ áp dụng cho: …" for each target with its own scope, in the targets' order. */
  List<String> perTarget(Indicator indicator) {
    return perTarget(indicator, Optional.empty());
  }

  /** The same, for the targets of one authority only when one is given. */
  List<String> perTarget(Indicator indicator, Optional<String> authority) {
    List<String> lines = new ArrayList<>();
    for (Target target : indicator.targets()) {
      Scope scope = target.scope();
      if (!scope.narrows() || authority.filter(a -> !target.authorities().contains(a)).isPresent()) {
        continue;
      }
      Set<String> types = new LinkedHashSet<>(indicator.unitTypes());
      if (!scope.unitTypes().isEmpty()) {
        types.retainAll(scope.unitTypes());
      }
      Set<String> ownerships = scope.ownerships().isEmpty() ? indicator.ownerships() : scope.ownerships();
      Map<String, String> readings = new HashMap<>(indicator.readings());
      readings.putAll(scope.readings());
      lines.add(words.get("show.scopeFor", where(target), describe(types, ownerships, readings)));
    }
    return lines;
  }

  /** Whether some unit type is included only by a reading, anywhere in the indicator. */
  boolean anyReading(Indicator indicator) {
    return !indicator.readings().isEmpty()
        || indicator.targets().stream().anyMatch(t -> !t.scope().readings().isEmpty());
  }

  private String where(Target target) {
    List<String> authorities = ruleset.authorities().stream().filter(a -> target.authorities().contains(a.id()))
        .map(a -> a.label()).toList();
    return String.join(", ", authorities) + " · " + ruleset.level(target.level()).label();
  }

  private String describe(Set<String> types, Set<String> ownerships, Map<String, String> readings) {
    List<String> parts = new ArrayList<>();
    List<UnitType> applies = ruleset.unitTypes().stream().filter(u -> types.contains(u.id())).toList();
    List<UnitType> not = ruleset.unitTypes().stream().filter(u -> !types.contains(u.id())).toList();
    List<String> read = applies.stream().filter(u -> readings.containsKey(u.id())).map(UnitType::label).toList();
    boolean listApplies = applies.size() <= not.size();
    if (!not.isEmpty()) {
      parts.add(words.get(listApplies ? "show.onlyFor" : "show.notFor", String.join(", ",
          (listApplies ? applies : not).stream().map(u -> u.label() + (readings.containsKey(u.id()) ? " (*)" : ""))
              .toList())));
    }
    if (!read.isEmpty() && (not.isEmpty() || !listApplies)) {
      parts.add(words.get("show.byReading", String.join(", ", read)));
    }
    if (!ownerships.isEmpty()) {
      parts.add(words.get("show.ownerships", String.join(", ", ruleset.ownerships().stream()
          .filter(o -> ownerships.contains(o.id())).map(o -> o.label()).toList())));
    }
    return String.join("; ", parts);
  }
}
